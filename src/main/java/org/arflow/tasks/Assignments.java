package org.arflow.tasks;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who holds a task, changed in single SQL statements whose conditions decide races: of two billers
 * claiming the same task, the database lets exactly one update through.
 */
@Repository
class Assignments {

    private final JdbcClient jdbc;

    Assignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this user now holds the task because of this call; false when anything else holds. */
    boolean claim(long taskKey, String user, List<String> teams, boolean anyTeam) {
        return jdbc.sql("""
                        update user_task set assignee = :user, claimed_at = now(), snoozed_until = null, snoozed_by = null
                        where job_key = :key and state = 'OPEN' and assignee is null
                          and (:anyTeam or candidate_groups && cast(:teams as text[]))""")
                .param("user", user).param("key", taskKey).param("anyTeam", anyTeam)
                .param("teams", teams.toArray(String[]::new)).update() == 1;
    }

    /** Gives the task back to its queue; only its holder may (or anyone, for supervisors). */
    boolean unclaim(long taskKey, String user, boolean anyHolder) {
        return jdbc.sql("""
                        update user_task set assignee = null, claimed_at = null
                        where job_key = :key and state = 'OPEN' and assignee is not null and (:any or assignee = :user)""")
                .param("key", taskKey).param("user", user).param("any", anyHolder).update() == 1;
    }

    /** Assigns open tasks to someone (null: back to the queue); returns the keys that changed. */
    List<Long> assign(List<Long> taskKeys, String assignee) {
        return jdbc.sql("""
                        update user_task set assignee = :assignee,
                               claimed_at = case when cast(:assignee as text) is null then null else now() end
                        where job_key = any(cast(:keys as bigint[])) and state = 'OPEN'
                          and assignee is distinct from :assignee
                        returning job_key""")
                .param("assignee", assignee).param("keys", taskKeys.toArray(Long[]::new))
                .query(Long.class).list();
    }

    /** Sets (or, with null, clears) the follow-up date, if the user holds the task or may take it. */
    boolean snooze(long taskKey, OffsetDateTime until, String user, List<String> teams, boolean anyTeam) {
        return jdbc.sql("""
                        update user_task set snoozed_until = :until, snoozed_by = :user
                        where job_key = :key and state = 'OPEN'
                          and (:anyTeam or assignee = :user
                               or (assignee is null and candidate_groups && cast(:teams as text[])))""")
                .param("until", until).param("user", user).param("key", taskKey).param("anyTeam", anyTeam)
                .param("teams", teams.toArray(String[]::new)).update() == 1;
    }
}
