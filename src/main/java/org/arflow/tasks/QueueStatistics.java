package org.arflow.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** By team (no team last), then task type. */
    private static final Comparator<QueueRow> BY_TEAM_THEN_TYPE = Comparator.comparing(QueueRow::team,
            Comparator.nullsLast(Comparator.<String>naturalOrder())).thenComparing(QueueRow::taskType);

    private final JdbcClient jdbc;
    private final QueueDurations durations;
    private final TransactionTemplate readOnly;

    QueueStatistics(JdbcClient jdbc, QueueDurations durations, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.durations = durations;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Open tasks now from the rollup task_open (V21) and the oldest one per queue by one index probe; the period's
     * medians from the rollup task_duration_day (V24, see {@link QueueDurations}). Past due is counted in the
     * database's clock: due on an earlier office day, or today at an hour that has passed.
     */
    public List<QueueRow> queues(LocalDate from, LocalDate to, String team, String payer) {
        Map<QueueDurations.Queue, QueueDurations.Medians> medians = durations.medians(from, to, team, payer);
        Map<QueueDurations.Queue, QueueRow> rows = new HashMap<>();
        jdbc.sql("""
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
                        )
                        select name, queue_team, open, balance, oldest, due_before_today + coalesce(due_today, 0) as past_due
                        from open_now left join due_today using (name, queue_team)""".replace("{TEAM_AND_PAYER}", RollupFilter.TEAM_AND_PAYER))
                .param("team", team).param("payer", payer)
                .query(rs -> {
                    var queue = new QueueDurations.Queue(rs.getString("name"), rs.getString("queue_team"));
                    rows.put(queue, new QueueRow(queue.taskType(), blankToNull(queue.team()), rs.getLong("open"),
                            rs.getBigDecimal("balance"), rs.getObject("oldest", OffsetDateTime.class),
                            rs.getLong("past_due"), null, null));
                });
        medians.forEach((queue, m) -> rows.merge(queue, new QueueRow(queue.taskType(), blankToNull(queue.team()), 0,
                        BigDecimal.ZERO, null, 0, m.beforeClaim(), m.handling()),
                (open, period) -> new QueueRow(open.taskType(), open.team(), open.open(), open.balance(), open.oldest(),
                        open.pastDue(), period.medianWait(), period.medianHandling())));
        return rows.values().stream().sorted(BY_TEAM_THEN_TYPE).toList();
    }

    /**
     * The outcome is the form's decision field (followUpOutcome, writeOffDecision, appealApproved ...):
     * the field whose name ends in Outcome, Decision or Approved; "-" for forms without one.
     */
    public List<ProductivityRow> productivity(LocalDate from, LocalDate to, String team, String payer) {
        // from the rollups kept by triggers (decision = SQL function task_decision): task_done_all_day (V25) when
        // neither team nor payer is chosen, else task_done_day (V18), which has both
        boolean all = team == null && payer == null;
        return withSortMemory(() -> jdbc.sql("""
                        select completed_by, day, name, decision, sum(completed) as completed
                        from {ROLLUP}
                        where day >= :from and day <= :to and {FILTER}
                        group by 1, 2, 3, 4 having sum(completed) > 0 order by 2 desc, 1, 3, 4"""
                        .replace("{ROLLUP}", all ? "task_done_all_day" : "task_done_day")
                        .replace("{FILTER}", all ? "true" : RollupFilter.TEAM_AND_PAYER))
                .param("from", from).param("to", to).param("team", team).param("payer", payer)
                .query((rs, n) -> new ProductivityRow(rs.getString("completed_by"), rs.getObject("day", LocalDate.class),
                        rs.getString("name"), rs.getString("decision"), rs.getLong("completed")))
                .list());
    }

    /**
     * A month of a busy office's completions is tens of thousands of rollup rows to sort: PostgreSQL's default
     * 4 MB of sort memory spills them to disk. This read gets 32 MB, for its own transaction only.
     */
    private <T> T withSortMemory(java.util.function.Supplier<T> query) {
        return readOnly.execute(status -> {
            jdbc.sql("set local work_mem = '32MB'").update();
            return query.get();
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
