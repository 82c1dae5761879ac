package org.arflow.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read model of the work queues for the supervisors' insights. The period (office days, inclusive)
 * bounds the medians and productivity; open tasks are counted as they stand now.
 */
@Service
public class QueueStatistics {

    private static final String TEAM_AND_PAYER = """
            (cast(:team as text) is null or queue_team = :team)
            and (cast(:payer as text) is null or lower(payer_name) = lower(:payer))""";

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;

    QueueStatistics(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Open tasks now from the rollup task_open (V21), the oldest one per queue by one index probe, and the
     * period's medians from the tasks claimed / closed in it, each read from its own covering index. Past due is
     * counted in the database's clock: due on an earlier office day, or today at an hour that has passed.
     */
    public List<QueueRow> queues(LocalDate from, LocalDate to, String team, String payer) {
        return withSortMemory(() -> jdbc.sql("""
                        with office as (
                          select (now() at time zone 'America/New_York')::date as today,
                                 date_trunc('day', now() at time zone 'America/New_York') at time zone 'America/New_York'
                                   as today_start
                        ), queue as (
                          select name, queue_team, payer_name, sum(tasks) as open, sum(balance) as balance,
                                 sum(tasks) filter (where due_day < (select today from office)) as due_before_today
                          from task_open where {TEAM_AND_PAYER}
                          group by 1, 2, 3
                        ), open_now as (
                          select q.name, q.queue_team, sum(q.open) as open, sum(q.balance) as balance,
                                 coalesce(sum(q.due_before_today), 0) as due_before_today, min(o.created_at) as oldest
                          from queue q cross join lateral (
                            select u.created_at from user_task u
                            where u.state = 'OPEN' and u.name = q.name and coalesce(u.queue_team, '') = q.queue_team
                              and coalesce(u.payer_name, '') = q.payer_name
                            order by u.created_at limit 1) o
                          group by 1, 2
                        ), due_today as (
                          select name, coalesce(queue_team, '') as queue_team, count(*) as due_today
                          from user_task where state = 'OPEN' and due_at >= (select today_start from office) and due_at < now()
                            and {TEAM_AND_PAYER}
                          group by 1, 2
                        ), waits as (
                          select name, coalesce(queue_team, '') as queue_team,
                                 percentile_cont(0.5) within group (order by date_part('epoch', claimed_at - created_at)) as wait_s
                          from user_task where claimed_at >= :start and claimed_at < :end and {TEAM_AND_PAYER}
                          group by 1, 2
                        ), handling as (
                          select name, coalesce(queue_team, '') as queue_team,
                                 percentile_cont(0.5) within group (order by date_part('epoch', closed_at - claimed_at)) as handling_s
                          from user_task where state = 'COMPLETED' and claimed_at is not null
                            and closed_at >= :start and closed_at < :end and {TEAM_AND_PAYER}
                          group by 1, 2
                        )
                        select name, nullif(queue_team, '') as queue_team, coalesce(open, 0) as open,
                               coalesce(balance, 0) as balance, oldest,
                               coalesce(due_before_today, 0) + coalesce(due_today, 0) as past_due, wait_s, handling_s
                        from open_now full join due_today using (name, queue_team) full join waits using (name, queue_team)
                             full join handling using (name, queue_team)
                        order by queue_team, name""".replace("{TEAM_AND_PAYER}", TEAM_AND_PAYER))
                .param("start", startOf(from)).param("end", startOf(to.plusDays(1)))
                .param("team", team).param("payer", payer)
                .query(QueueStatistics::queueRow).list());
    }

    /**
     * The outcome is the form's decision field (followUpOutcome, writeOffDecision, appealApproved ...):
     * the field whose name ends in Outcome, Decision or Approved; "-" for forms without one.
     */
    public List<ProductivityRow> productivity(LocalDate from, LocalDate to, String team, String payer) {
        // from the rollup task_done_day (kept by a trigger, V18; decision = SQL function task_decision)
        return withSortMemory(() -> jdbc.sql("""
                        select completed_by, day, name, decision, sum(completed) as completed
                        from task_done_day
                        where day >= :from and day <= :to and {TEAM_AND_PAYER}
                        group by 1, 2, 3, 4 having sum(completed) > 0 order by 2 desc, 1, 3, 4""".replace("{TEAM_AND_PAYER}", TEAM_AND_PAYER))
                .param("from", from).param("to", to).param("team", team).param("payer", payer)
                .query((rs, n) -> new ProductivityRow(rs.getString("completed_by"), rs.getObject("day", LocalDate.class),
                        rs.getString("name"), rs.getString("decision"), rs.getLong("completed")))
                .list());
    }

    /**
     * A month of a busy office is 50,000+ task rows to sort for the medians: PostgreSQL's default 4 MB of sort
     * memory spills them to disk and costs a third more. This read gets 32 MB, for its own transaction only.
     */
    private <T> T withSortMemory(java.util.function.Supplier<T> query) {
        return readOnly.execute(status -> {
            jdbc.sql("set local work_mem = '32MB'").update();
            return query.get();
        });
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(OfficeCalendar.ZONE).toOffsetDateTime();
    }

    private static QueueRow queueRow(ResultSet rs, int n) throws SQLException {
        return new QueueRow(rs.getString("name"), rs.getString("queue_team"), rs.getLong("open"),
                rs.getBigDecimal("balance"), rs.getObject("oldest", OffsetDateTime.class), rs.getLong("past_due"),
                seconds(rs, "wait_s"), seconds(rs, "handling_s"));
    }

    private static Duration seconds(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : Duration.ofMillis(Math.round(value * 1000));
    }
}
