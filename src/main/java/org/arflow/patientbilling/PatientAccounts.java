package org.arflow.patientbilling;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.arflow.claims.PatientBalanceHandedOff;
import org.arflow.engine.ProcessEngine;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patient accounts: the balances claims hand over, and one patient-balance follow-up per account
 * (statements cover all of a patient's open balances, so a patient gets one statement, not one per visit).
 */
@Service
public class PatientAccounts {

    static final String PROCESS_ID = "patient-balance";
    static final String NEW_CHARGE_MESSAGE = "patient-new-charge";

    /** An account in a list: the patient, what is due and the credit on file. */
    public record AccountSummary(long patientId, String patientName, BigDecimal due, BigDecimal credit) {
    }

    private final JdbcClient jdbc;
    private final ProcessEngine engine;
    private final PatientBillingSettings settings;
    private final org.arflow.patients.PatientService patients;

    PatientAccounts(JdbcClient jdbc, ProcessEngine engine, PatientBillingSettings settings,
                    org.arflow.patients.PatientService patients) {
        this.patients = patients;
        this.jdbc = jdbc;
        this.engine = engine;
        this.settings = settings;
    }

    /** Takes a claim's patient responsibility once; starts the account's follow-up unless one runs. */
    @EventListener
    @Transactional
    public void on(PatientBalanceHandedOff handOff) {
        if (handOff.patientResponsibility() == null || handOff.patientResponsibility().signum() <= 0) {
            return;
        }
        jdbc.sql("insert into patient_account (patient_id, billing_team) values (:p, :team) on conflict do nothing")
                .param("p", handOff.patientId()).param("team", handOff.billingTeam()).update();
        int taken = jdbc.sql("""
                        insert into patient_balance (claim_id, patient_id, date_of_service, amount)
                        values (:claim, :p, :dos, :amount) on conflict do nothing""")
                .param("claim", handOff.claimId()).param("p", handOff.patientId())
                .param("dos", handOff.dateOfService()).param("amount", handOff.patientResponsibility()).update();
        if (taken == 1) {
            useCredit(handOff.patientId(), handOff.claimId(), handOff.patientResponsibility());
            // a running payment plan decides (in its BPMN) whether the charge joins it; no plan, no subscriber
            engine.publishMessage(NEW_CHARGE_MESSAGE, String.valueOf(handOff.patientId()),
                    "new-charge-" + handOff.claimId(), java.time.Duration.ZERO, Map.of("newChargeClaimId", handOff.claimId()));
        }
        startFollowUpUnlessRunning(handOff.patientId());
    }

    /** A credit left by an overpayment pays a new balance first. */
    private void useCredit(long patientId, String claimId, BigDecimal amount) {
        BigDecimal credit = credit(patientId);
        BigDecimal used = credit.min(amount);
        if (used.signum() > 0) {
            jdbc.sql("update patient_account set credit = credit - :u where patient_id = :p")
                    .param("u", used).param("p", patientId).update();
            jdbc.sql("update patient_balance set paid = paid + :u where claim_id = :c")
                    .param("u", used).param("c", claimId).update();
        }
    }

    private void startFollowUpUnlessRunning(long patientId) {
        int started = jdbc.sql("""
                        update patient_account set following_up = true
                        where patient_id = :p and not following_up""").param("p", patientId).update();
        if (started == 1 && balanceDue(patientId).signum() > 0) {
            start(patientId, 0);
        }
    }

    void start(long patientId, int statementsSent) {
        engine.startProcess(PROCESS_ID, businessKey(patientId), startVariables(patientId, statementsSent));
    }

    /** The key under which the account's follow-up start waits in the outbox. */
    static String businessKey(long patientId) {
        return "patient-" + patientId;
    }

    /** What a patient-balance instance starts with; {@code statementsSent} counts on from earlier statements. */
    Map<String, Object> startVariables(long patientId, int statementsSent) {
        String team = jdbc.sql("select billing_team from patient_account where patient_id = :p")
                .param("p", patientId).query(String.class).single();
        return Map.of(
                "accountId", String.valueOf(patientId),
                "billingTeam", team == null ? "Supervisors" : team,
                "statementsBeforeFinalNotice", settings.statements(),
                "statementInterval", settings.statementInterval().toString(),
                "statementsSent", statementsSent,
                "newChargesDuringPlan", settings.newChargesDuringPlan().name());
    }

    /** When the account's current statement period ends (engine time), for a resume after a restart. */
    void recordNextStatement(long patientId, java.time.OffsetDateTime at) {
        jdbc.sql("update patient_account set next_statement_at = :at where patient_id = :p")
                .param("at", at).param("p", patientId).update();
    }

    /** The follow-up ended (paid, or sent to collections): the next balance starts a new one. */
    @Transactional
    public void endFollowUp(long patientId) {
        jdbc.sql("update patient_account set following_up = false where patient_id = :p").param("p", patientId).update();
    }

    void recordProcessInstance(long patientId, long processInstanceKey) {
        jdbc.sql("update patient_account set process_instance_key = :k where patient_id = :p")
                .param("k", processInstanceKey).param("p", patientId).update();
    }

    /** The patient-balance instance following the account up, once its first statement was sent. */
    public java.util.Optional<Long> processInstanceKey(long patientId) {
        return jdbc.sql("select process_instance_key from patient_account where patient_id = :p and process_instance_key is not null")
                .param("p", patientId).query(Long.class).optional();
    }

    public boolean followingUp(long patientId) {
        return jdbc.sql("select coalesce(bool_or(following_up), false) from patient_account where patient_id = :p")
                .param("p", patientId).query(Boolean.class).single();
    }

    /** The patient's balances by claim, oldest date of service first. */
    public List<PatientBalance> balances(long patientId) {
        return jdbc.sql("""
                        select claim_id, date_of_service, amount, paid, written_off from patient_balance
                        where patient_id = :p order by date_of_service, claim_id""")
                .param("p", patientId).query(PatientBalance.class).list();
    }

    public BigDecimal balanceDue(long patientId) {
        return jdbc.sql("select coalesce(sum(amount - paid - written_off), 0) from patient_balance where patient_id = :p")
                .param("p", patientId).query(BigDecimal.class).single();
    }

    public BigDecimal credit(long patientId) {
        return jdbc.sql("select coalesce(sum(credit), 0) from patient_account where patient_id = :p")
                .param("p", patientId).query(BigDecimal.class).single();
    }

    /** Accounts with something due or a credit, most due first. */
    public List<AccountSummary> accounts() {
        return jdbc.sql("""
                        select a.patient_id, coalesce((select sum(b.amount - b.paid - b.written_off) from patient_balance b
                                         where b.patient_id = a.patient_id), 0) as due, a.credit
                        from patient_account a order by due desc, a.patient_id limit 500""")
                .query((rs, row) -> new AccountSummary(rs.getLong(1), patients.find(rs.getLong(1))
                        .map(org.arflow.patients.Patient::fullName).orElse("?"), rs.getBigDecimal(2), rs.getBigDecimal(3)))
                .list();
    }
}
