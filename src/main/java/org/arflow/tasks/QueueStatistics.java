package org.arflow.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

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

    QueueStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open tasks now and the period's closed ones, each part read from its own covering index (V18). */
    public List<QueueRow> queues(LocalDate from, LocalDate to, String team, String payer) {
        return jdbc.sql("""
                        select name, queue_team,
                          count(*) filter (where state = 'OPEN') as open,
                          coalesce(sum(balance) filter (where state = 'OPEN'), 0) as balance,
                          min(created_at) filter (where state = 'OPEN') as oldest,
                          count(*) filter (where state = 'OPEN' and due_at < now()) as past_due,
                          percentile_cont(0.5) within group (order by extract(epoch from claimed_at - created_at))
                            filter (where claimed_at >= :start and claimed_at < :end) as wait_s,
                          percentile_cont(0.5) within group (order by extract(epoch from closed_at - claimed_at))
                            filter (where state = 'COMPLETED' and claimed_at is not null
                                    and closed_at >= :start and closed_at < :end) as handling_s
                        from (
                          select name, queue_team, state, balance, created_at, due_at, claimed_at,
                                 cast(null as timestamptz) as closed_at
                          from user_task where state = 'OPEN' and {TEAM_AND_PAYER}
                          union all
                          select name, queue_team, state, null, created_at, null, claimed_at, closed_at
                          from user_task where state <> 'OPEN' and closed_at >= :start and closed_at < :end
                            and {TEAM_AND_PAYER}
                        ) t
                        group by name, queue_team order by queue_team, name""".replace("{TEAM_AND_PAYER}", TEAM_AND_PAYER))
                .param("start", startOf(from)).param("end", startOf(to.plusDays(1)))
                .param("team", team).param("payer", payer)
                .query(QueueStatistics::queueRow).list();
    }

    /**
     * The outcome is the form's decision field (followUpOutcome, writeOffDecision, appealApproved ...):
     * the field whose name ends in Outcome, Decision or Approved; "-" for forms without one.
     */
    public List<ProductivityRow> productivity(LocalDate from, LocalDate to, String team, String payer) {
        // from the rollup task_done_day (kept by a trigger, V18; decision = SQL function task_decision)
        return jdbc.sql("""
                        select completed_by, day, name, decision, sum(completed) as completed
                        from task_done_day
                        where day >= :from and day <= :to and {TEAM_AND_PAYER}
                        group by 1, 2, 3, 4 having sum(completed) > 0 order by 2 desc, 1, 3, 4""".replace("{TEAM_AND_PAYER}", TEAM_AND_PAYER))
                .param("from", from).param("to", to).param("team", team).param("payer", payer)
                .query((rs, n) -> new ProductivityRow(rs.getString("completed_by"), rs.getObject("day", LocalDate.class),
                        rs.getString("name"), rs.getString("decision"), rs.getLong("completed")))
                .list();
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
