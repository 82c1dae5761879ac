package org.arflow.security;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who viewed which claim and what they did to which task, and when. Written by the features as it
 * happens; read by supervisors. Details name claims and tasks, never patients.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String username, String action, String claimId, Long taskKey, String detail) {
        jdbc.sql("""
                        insert into audit_log (username, action, claim_id, task_key, detail)
                        values (:u, :a, :c, :t, :d)""")
                .param("u", username).param("a", action).param("c", claimId).param("t", taskKey).param("d", detail)
                .update();
    }

    /** Newest first; user and claim id narrow it down when given. */
    public List<AuditEntry> entries(String username, String claimId, int offset, int limit) {
        return jdbc.sql("""
                        select id, occurred_at, username, action, claim_id, task_key, detail from audit_log
                        where (cast(:u as text) is null or username = :u)
                          and (cast(:c as text) is null or claim_id = :c)
                        order by occurred_at desc, id desc limit :limit offset :offset""")
                .param("u", blankToNull(username)).param("c", blankToNull(claimId))
                .param("limit", limit).param("offset", offset)
                .query(AuditEntry.class).list();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
