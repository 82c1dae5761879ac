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

    /**
     * Recomputes every entry's hash and link. An edited entry no longer matches its hash; a removed or
     * inserted one breaks the link to its neighbour or leaves a gap in the positions.
     */
    public AuditChainCheck verifyChain() {
        long entries = jdbc.sql("select count(*) from audit_log").query(Long.class).single();
        return jdbc.sql("""
                        with walk as (
                            select chain_seq, row_hash, prev_hash,
                                   audit_row_hash(chain_seq, occurred_at, username, action, claim_id, task_key,
                                                  detail, prev_hash) as recomputed,
                                   lag(row_hash) over (order by chain_seq) as previous_hash,
                                   coalesce(lag(chain_seq) over (order by chain_seq), 0) as previous_seq
                            from audit_log)
                        select chain_seq,
                               case when chain_seq <> previous_seq + 1 then 'entries before it are missing'
                                    when prev_hash is distinct from previous_hash then 'its link to the entry before does not match'
                                    else 'its content was changed after it was written' end as problem
                        from walk
                        where row_hash <> recomputed or prev_hash is distinct from previous_hash
                           or chain_seq <> previous_seq + 1
                        order by chain_seq limit 1""")
                .query((rs, n) -> new AuditChainCheck(entries, rs.getLong(1), rs.getString(2)))
                .optional().orElse(new AuditChainCheck(entries, null, null));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
