package org.arflow.patientbilling;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.arflow.claims.ClaimProgress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adjustments on patient accounts: what the office decided not to collect (a collections write-off).
 * Unlike a payment it brings no money: the balance goes down, and the account and claim timelines say why.
 */
@Service
public class PatientAdjustments {

    /** One adjustment on one claim's patient balance. */
    public record Adjustment(String claimId, BigDecimal amount, String reason, Instant recordedAt) {
    }

    private final JdbcClient jdbc;
    private final PatientAccounts accounts;
    private final ClaimProgress progress;

    PatientAdjustments(JdbcClient jdbc, PatientAccounts accounts, ClaimProgress progress) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.progress = progress;
    }

    /** Writes off everything still due on the account, once per process step; returns what was written off. */
    @Transactional
    public BigDecimal writeOff(long patientId, String reason, String stepKey) {
        BigDecimal total = BigDecimal.ZERO;
        for (PatientBalance b : accounts.balances(patientId)) {
            if (b.due().signum() <= 0) {
                continue;
            }
            int recorded = jdbc.sql("""
                            insert into patient_adjustment (patient_id, claim_id, amount, reason, step_key)
                            values (:p, :c, :a, :r, :k) on conflict (step_key) do nothing""")
                    .param("p", patientId).param("c", b.claimId()).param("a", b.due()).param("r", reason)
                    .param("k", stepKey + ":" + b.claimId()).update();
            if (recorded == 1) {
                jdbc.sql("update patient_balance set written_off = written_off + :a where claim_id = :c")
                        .param("a", b.due()).param("c", b.claimId()).update();
                progress.record(b.claimId(), null, "PATIENT_ADJUSTMENT", "Patient balance of "
                        + StatementDocument.money(b.due()) + " written off: " + reason, "arflow", stepKey + ":" + b.claimId());
                total = total.add(b.due());
            }
        }
        return total;
    }

    /** The account's adjustments, newest first. */
    public List<Adjustment> of(long patientId) {
        return jdbc.sql("""
                        select claim_id, amount, reason, recorded_at from patient_adjustment
                        where patient_id = :p order by recorded_at desc, id desc""")
                .param("p", patientId).query(Adjustment.class).list();
    }
}
