package org.arflow.patientbilling;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arflow.claims.ClaimProgress;
import org.arflow.claims.MoneyRules;
import org.arflow.engine.ProcessEngine;
import org.arflow.input.Identifiers;
import org.arflow.patients.PatientService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what patients pay: applied to the chosen claim first, then to the oldest balances; what is
 * left over becomes a credit on the account. The same reference twice records nothing the second time.
 */
@Service
public class PatientPayments {

    static final String MESSAGE = "patient-payment";
    /** A payment while the follow-up is not waiting (e.g. during a call) is still seen when it waits again. */
    private static final Duration MESSAGE_TTL = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final PatientService patients;
    private final PatientAccounts accounts;
    private final ClaimProgress progress;
    private final ProcessEngine engine;

    PatientPayments(JdbcClient jdbc, PatientService patients, PatientAccounts accounts, ClaimProgress progress,
                    ProcessEngine engine) {
        this.jdbc = jdbc;
        this.patients = patients;
        this.accounts = accounts;
        this.progress = progress;
        this.engine = engine;
    }

    @Transactional
    public PaymentResult record(long patientId, PatientPayment payment, String recordedBy) {
        MoneyRules.payment("amount", payment.amount());
        Identifiers.check("reference", payment.reference(), 80);
        Identifiers.text("method", payment.method(), 30);
        patients.find(patientId).orElseThrow(() -> new PatientNotFoundException(patientId));
        List<PatientBalance> open = accounts.balances(patientId).stream().filter(b -> b.due().signum() > 0).toList();
        if (payment.claimId() != null && !payment.claimId().isBlank()
                && accounts.balances(patientId).stream().noneMatch(b -> b.claimId().equals(payment.claimId()))) {
            throw new IllegalArgumentException("claimId: the patient has no balance for claim " + payment.claimId() + ".");
        }
        Long id = jdbc.sql("""
                        insert into patient_payment (patient_id, reference, amount, paid_on, method, claim_id, recorded_by)
                        values (:p, :ref, :amount, :on, :method, :claim, :by)
                        on conflict (patient_id, reference) do nothing returning id""")
                .param("p", patientId).param("ref", payment.reference().trim()).param("amount", payment.amount())
                .param("on", payment.paidOn()).param("method", payment.method()).param("claim", payment.claimId())
                .param("by", recordedBy).query(Long.class).optional().orElse(null);
        if (id == null) {
            return earlier(patientId, payment.reference().trim());
        }
        Map<String, BigDecimal> applied = new LinkedHashMap<>();
        BigDecimal left = payment.amount();
        for (PatientBalance b : chosenFirst(open, payment.claimId())) {
            BigDecimal part = left.min(b.due());
            if (part.signum() <= 0) {
                break;
            }
            jdbc.sql("update patient_balance set paid = paid + :a where claim_id = :c").param("a", part)
                    .param("c", b.claimId()).update();
            jdbc.sql("insert into patient_payment_allocation (payment_id, claim_id, amount) values (:id, :c, :a)")
                    .param("id", id).param("c", b.claimId()).param("a", part).update();
            progress.record(b.claimId(), null, "PATIENT_PAYMENT", "Patient paid " + part + " (" + payment.method()
                    + ", reference " + payment.reference().trim() + ")", recordedBy, "patient-payment:" + id + ":" + b.claimId());
            applied.put(b.claimId(), part);
            left = left.subtract(part);
        }
        if (left.signum() > 0) {
            jdbc.sql("insert into patient_account (patient_id) values (:p) on conflict do nothing").param("p", patientId).update();
            jdbc.sql("update patient_account set credit = credit + :c where patient_id = :p").param("c", left)
                    .param("p", patientId).update();
            jdbc.sql("update patient_payment set credit = :c where id = :id").param("c", left).param("id", id).update();
        }
        BigDecimal due = accounts.balanceDue(patientId);
        engine.publishMessage(MESSAGE, String.valueOf(patientId), "patient-payment-" + id, MESSAGE_TTL,
                Map.of("lastPaymentReference", payment.reference().trim()));
        return new PaymentResult(true, id, applied, left, due);
    }

    private static List<PatientBalance> chosenFirst(List<PatientBalance> open, String claimId) {
        if (claimId == null || claimId.isBlank()) {
            return open;
        }
        return java.util.stream.Stream.concat(open.stream().filter(b -> b.claimId().equals(claimId)),
                open.stream().filter(b -> !b.claimId().equals(claimId))).toList();
    }

    private PaymentResult earlier(long patientId, String reference) {
        var row = jdbc.sql("select id, credit from patient_payment where patient_id = :p and reference = :r")
                .param("p", patientId).param("r", reference)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getBigDecimal(2))).single();
        Map<String, BigDecimal> applied = new LinkedHashMap<>();
        jdbc.sql("select claim_id, amount from patient_payment_allocation where payment_id = :id order by claim_id")
                .param("id", row.getKey()).query((rs, n) -> applied.put(rs.getString(1), rs.getBigDecimal(2))).list();
        return new PaymentResult(false, row.getKey(), applied, row.getValue(), accounts.balanceDue(patientId));
    }

    /** What the patient paid since the account was opened, in total (for matching plan installments). */
    BigDecimal paidInTotal(long patientId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from patient_payment where patient_id = :p")
                .param("p", patientId).query(BigDecimal.class).single();
    }

    /** Payments, newest first, for the account view. */
    public List<PaymentRecord> history(long patientId) {
        return jdbc.sql("""
                        select reference, amount, paid_on, method, credit from patient_payment
                        where patient_id = :p order by paid_on desc, id desc""")
                .param("p", patientId).query(PaymentRecord.class).list();
    }

    /** A recorded payment as the account view lists it. */
    public record PaymentRecord(String reference, BigDecimal amount, java.time.LocalDate paidOn, String method,
                                BigDecimal credit) {
    }
}
