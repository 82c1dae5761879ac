package org.arflow.tasks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The user_task table: every human step, upserted by job key. */
@Repository
class TaskInbox {

    private static final String COLUMNS = """
            job_key, process_instance_key, bpmn_process_id, element_id, name, claim_id, candidate_groups, assignee,
            due_at, form, stage, variables::text as variables, state, created_at""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    TaskInbox(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores the task; true when it is new (a re-activated job only refreshes it). */
    boolean upsert(UserTask t) {
        Boolean inserted = jdbc.sql("""
                        insert into user_task (job_key, process_instance_key, bpmn_process_id, element_id, name, claim_id,
                                               candidate_groups, assignee, due_at, form, stage, variables)
                        values (:key, :pik, :pid, :eid, :name, :claim, :groups, :assignee, :due, :form, :stage, cast(:vars as jsonb))
                        on conflict (job_key) do update set variables = excluded.variables, due_at = excluded.due_at
                        returning (xmax = 0)""")
                .param("key", t.taskKey()).param("pik", t.processInstanceKey()).param("pid", t.bpmnProcessId())
                .param("eid", t.elementId()).param("name", t.name()).param("claim", t.claimId())
                .param("groups", t.candidateGroups().toArray(String[]::new)).param("assignee", t.assignee())
                .param("due", t.dueAt()).param("form", t.form()).param("stage", t.stage())
                .param("vars", write(t.variables()))
                .query(Boolean.class).single();
        return inserted;
    }

    Optional<UserTask> find(long taskKey) {
        return jdbc.sql("select " + COLUMNS + " from user_task where job_key = :key").param("key", taskKey)
                .query(this::map).optional();
    }

    List<UserTask> openForClaim(String claimId) {
        return jdbc.sql("select " + COLUMNS + " from user_task where state = 'OPEN' and claim_id = :claim order by created_at")
                .param("claim", claimId).query(this::map).list();
    }

    /** Open tasks assigned to the user or offered to one of their groups; all of them for a supervisor. */
    List<UserTask> openFor(String user, List<String> groups, boolean everything) {
        return jdbc.sql("select " + COLUMNS + " from user_task where state = 'OPEN'"
                        + " and (:all or assignee = :user or (assignee is null and candidate_groups && cast(:groups as text[])))"
                        + " order by due_at nulls last, created_at limit 500")
                .param("all", everything).param("user", user).param("groups", groups.toArray(String[]::new))
                .query(this::map).list();
    }

    List<Long> openKeys(int limit) {
        return jdbc.sql("select job_key from user_task where state = 'OPEN' order by job_key limit :limit")
                .param("limit", limit).query(Long.class).list();
    }

    /** Closes an open task; false when it was no longer open (someone else closed it first). */
    boolean close(long taskKey, String state, String user, String outcome) {
        return jdbc.sql("""
                        update user_task set state = :state, closed_at = now(), completed_by = :user,
                               outcome = cast(:outcome as jsonb)
                        where job_key = :key and state = 'OPEN'""")
                .param("state", state).param("user", user).param("outcome", outcome).param("key", taskKey)
                .update() == 1;
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private UserTask map(ResultSet rs, int row) throws SQLException {
        return new UserTask(rs.getLong("job_key"), rs.getLong("process_instance_key"), rs.getString("bpmn_process_id"),
                rs.getString("element_id"), rs.getString("name"), rs.getString("claim_id"),
                strings(rs.getArray("candidate_groups")), rs.getString("assignee"),
                rs.getObject("due_at", OffsetDateTime.class), rs.getString("form"), rs.getString("stage"),
                readMap(rs.getString("variables")), rs.getString("state"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private Map<String, Object> readMap(String text) {
        try {
            return json.readValue(text, new TypeReference<>() {
            });
        } catch (Exception e) {
            return Map.of();
        }
    }
}
