package org.arflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.arflow.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log refuses changes; a change made behind its back (as a database owner could) is found. */
@IntegrationTest
class AuditChainTest {

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void entries_cannot_be_changed_or_removed_through_the_database() {
        audit.record("chain-test", "VIEW_CLAIM", "CHAIN-1", null, "opened");
        assertThatThrownBy(() -> jdbc.update("update audit_log set username = 'someone' where claim_id = 'CHAIN-1'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where claim_id = 'CHAIN-1'"))
                .hasMessageContaining("append-only");
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void an_entry_edited_behind_the_log_s_back_breaks_the_chain_at_that_entry_and_only_a_check_finds_it() {
        audit.record("chain-test", "VIEW_CLAIM", "CHAIN-2", null, "opened");
        audit.record("chain-test", "COMPLETE_TASK", "CHAIN-2", 42L, "corrected");
        audit.record("chain-test", "VIEW_CLAIM", "CHAIN-3", null, "opened");
        assertThat(audit.verifyChain().intact()).isTrue();
        long edited = jdbc.queryForObject(
                "select chain_seq from audit_log where claim_id = 'CHAIN-2' and action = 'COMPLETE_TASK'", Long.class);

        try {
            tamper("update audit_log set detail = 'nothing happened' where chain_seq = " + edited);
            AuditChainCheck check = audit.verifyChain();
            assertThat(check.intact()).isFalse();
            assertThat(check.brokenAt()).isEqualTo(edited);
            assertThat(check.summary()).contains("#" + edited).contains("content was changed");
        } finally {
            tamper("update audit_log set detail = 'corrected' where chain_seq = " + edited);
        }
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void a_removed_entry_leaves_a_gap_the_check_reports() {
        audit.record("chain-test", "VIEW_CLAIM", "CHAIN-4", null, "opened");
        audit.record("chain-test", "VIEW_CLAIM", "CHAIN-5", null, "opened");
        var removed = jdbc.queryForMap("select * from audit_log where claim_id = 'CHAIN-4'");

        try {
            tamper("delete from audit_log where claim_id = 'CHAIN-4'");
            AuditChainCheck check = audit.verifyChain();
            assertThat(check.brokenAt()).isEqualTo(((Number) removed.get("chain_seq")).longValue() + 1);
            assertThat(check.problem()).contains("missing");
        } finally {
            transaction.executeWithoutResult(s -> {
                jdbc.execute("set local session_replication_role = replica");
                jdbc.update("""
                        insert into audit_log (id, occurred_at, username, action, claim_id, task_key, detail,
                                               chain_seq, prev_hash, row_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        removed.get("id"), removed.get("occurred_at"), removed.get("username"), removed.get("action"),
                        removed.get("claim_id"), removed.get("task_key"), removed.get("detail"),
                        removed.get("chain_seq"), removed.get("prev_hash"), removed.get("row_hash"));
            });
        }
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    /** A database owner can switch the triggers off; this is the tampering the chain exists to reveal. */
    private void tamper(String sql) {
        transaction.executeWithoutResult(s -> {
            jdbc.execute("set local session_replication_role = replica");
            jdbc.update(sql);
        });
    }
}
