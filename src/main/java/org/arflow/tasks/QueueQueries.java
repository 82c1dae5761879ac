package org.arflow.tasks;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queue queries, paged and sorted in SQL. A team queue reads one index range per team
 * (queue_team, sort column, job_key) and merges them, so a first page costs the same with ten
 * thousand tasks as with a million.
 */
@Repository
class QueueQueries {

    static final String COLUMNS = """
            t.job_key, t.claim_id, t.name, t.element_id, t.form, t.stage, t.candidate_groups, t.assignee, t.claimed_at,
            t.snoozed_until, t.due_at, t.created_at, t.payer_name, t.billed_amount, t.balance, t.service_date,
            t.timely_filing_deadline, t.appeal_deadline, t.payer_acknowledged, t.claim_priority, t.priority_score,
            t.state""";
    /** Open, nobody holds it, not snoozed: what a queue offers. */
    private static final String UNCLAIMED =
            " t.state = 'OPEN' and t.assignee is null and (t.snoozed_until is null or t.snoozed_until <= now())";

    private final JdbcClient jdbc;

    QueueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Unclaimed tasks offered to any of these teams. */
    List<QueueTask> teamQueue(List<String> teams, QueueFilter filter, QueueSort sort, LocalDate today,
                              long offset, int limit) {
        Where where = Where.of(filter, today);
        String inner = " and" + UNCLAIMED + where.sql + " order by " + sort.orderBy("t.") + " limit :window";
        // the rare task offered to several teams is found through the GIN index first (materialized, so
        // that the planner never walks a whole sort index looking for it)
        String sql = "with multi as materialized (select t.job_key from user_task t where cardinality(t.candidate_groups) > 1"
                + "  and t.state = 'OPEN' and t.assignee is null and t.candidate_groups && cast(:teams as text[]))"
                + " select " + COLUMNS + " from ("
                + " select q.* from unnest(cast(:teams as text[])) as g(team) cross join lateral ("
                + "  select " + COLUMNS + " from user_task t where t.queue_team = g.team" + inner + ") q"
                + " union all"
                // listed under a team other than its first
                + " (select " + COLUMNS + " from user_task t where t.job_key in (select job_key from multi)"
                + "  and not (t.queue_team = any(cast(:teams as text[])))"
                + inner
                + ")) t order by " + sort.orderBy("t.") + " limit :limit offset :offset";
        return where.bind(jdbc.sql(sql)).param("teams", teams.toArray(String[]::new))
                .param("window", offset + limit).param("limit", limit).param("offset", offset)
                .query(QueueQueries::map).list();
    }

    /** Unclaimed tasks of every team (supervisors), or of the filter's team. */
    List<QueueTask> allTeams(QueueFilter filter, QueueSort sort, LocalDate today, long offset, int limit) {
        Where where = Where.of(filter, today);
        return where.bind(jdbc.sql("select " + COLUMNS + " from user_task t where" + UNCLAIMED + where.sql
                        + " order by " + sort.orderBy("t.") + " limit :limit offset :offset"))
                .param("limit", limit).param("offset", offset)
                .query(QueueQueries::map).list();
    }

    /** Open tasks the user holds; snoozed ones only when asked for. */
    List<QueueTask> assignedTo(String user, boolean withSnoozed, QueueFilter filter, QueueSort sort, LocalDate today,
                               long offset, int limit) {
        Where where = Where.of(filter, today);
        String awake = withSnoozed ? "" : " and (t.snoozed_until is null or t.snoozed_until <= now())";
        return where.bind(jdbc.sql("select " + COLUMNS + " from user_task t where t.state = 'OPEN' and t.assignee = :user"
                        + awake + where.sql + " order by " + sort.orderBy("t.") + " limit :limit offset :offset"))
                .param("user", user).param("limit", limit).param("offset", offset)
                .query(QueueQueries::map).list();
    }

    Optional<QueueTask> find(long taskKey) {
        return jdbc.sql("select " + COLUMNS + " from user_task t where t.job_key = :key").param("key", taskKey)
                .query(QueueQueries::map).optional();
    }

    /** The task types (BPMN elements) that have open tasks, with their names. */
    Map<String, String> openTaskTypes() {
        Map<String, String> types = new java.util.TreeMap<>();
        jdbc.sql("select element_id, min(name) as name from user_task where state = 'OPEN' group by element_id")
                .query((rs, n) -> types.put(rs.getString("element_id"), rs.getString("name"))).list();
        return types;
    }

    /** The filter as SQL conditions on user_task t, with only the parts that are set. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(QueueFilter f, LocalDate today) {
            StringBuilder sql = new StringBuilder();
            Map<String, Object> params = new HashMap<>();
            add(sql, params, "t.element_id = :taskType", "taskType", f.taskType());
            add(sql, params, "t.payer_name = :payer", "payer", f.payer());
            add(sql, params, "t.claim_id like :claimPrefix", "claimPrefix", f.claimId() == null ? null
                    : f.claimId().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            add(sql, params, "t.queue_team = :team", "team", f.team());
            add(sql, params, "t.balance >= :minBalance", "minBalance", f.minBalance());
            add(sql, params, "t.balance <= :maxBalance", "maxBalance", f.maxBalance());
            add(sql, params, "t.due_at < :dueBefore", "dueBefore", f.dueBy() == null ? null
                    : f.dueBy().plusDays(1).atStartOfDay(OfficeCalendar.ZONE).toOffsetDateTime());
            if (f.aging() != null) {
                add(sql, params, "t.service_date <= :servedBy", "servedBy", f.aging().serviceOnOrBefore(today));
                add(sql, params, "t.service_date >= :servedFrom", "servedFrom", f.aging().serviceOnOrAfter(today));
            }
            return new Where(sql.toString(), params);
        }

        private static void add(StringBuilder sql, Map<String, Object> params, String condition, String name,
                                Object value) {
            if (value != null) {
                sql.append(" and ").append(condition);
                params.put(name, value);
            }
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            params.forEach(spec::param);
            return spec;
        }
    }

    static QueueTask map(ResultSet rs, int row) throws SQLException {
        return new QueueTask(rs.getLong("job_key"), rs.getString("claim_id"), rs.getString("name"),
                rs.getString("element_id"), rs.getString("form"), rs.getString("stage"),
                strings(rs.getArray("candidate_groups")), rs.getString("assignee"),
                rs.getObject("claimed_at", OffsetDateTime.class), rs.getObject("snoozed_until", OffsetDateTime.class),
                rs.getObject("due_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("payer_name"), rs.getBigDecimal("billed_amount"), rs.getBigDecimal("balance"),
                rs.getObject("service_date", LocalDate.class), rs.getObject("timely_filing_deadline", LocalDate.class),
                rs.getObject("appeal_deadline", LocalDate.class), rs.getBoolean("payer_acknowledged"),
                rs.getString("claim_priority"), rs.getInt("priority_score"), rs.getString("state"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
