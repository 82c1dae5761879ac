package org.arflow.patientbilling;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arflow.engine.EngineInfo;
import org.arflow.engine.FeelDateTime;
import org.arflow.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start-up of the embedded engine (which starts empty), accounts under follow-up get their process
 * back where they stood: inside a running payment plan, at the call, collections review or plan set-up
 * that was open, or waiting for the patient's payment until the statement period ends as it would have.
 * Statements keep counting from those already sent.
 */
@Component
@Order(6)
class PatientFollowUpRecovery implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PatientFollowUpRecovery.class);

    private final EngineInfo engineInfo;
    private final ProcessEngine engine;
    private final PatientAccounts accounts;
    private final PatientBillingSettings settings;
    private final JdbcClient jdbc;

    PatientFollowUpRecovery(EngineInfo engineInfo, ProcessEngine engine, PatientAccounts accounts,
                            PatientBillingSettings settings, JdbcClient jdbc) {
        this.engineInfo = engineInfo;
        this.engine = engine;
        this.accounts = accounts;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!engineInfo.isInMemory()) {
            return;
        }
        try {
            int resumed = resumeFollowUps();
            if (resumed > 0) {
                log.info("Resumed the statement follow-up of {} patient accounts", resumed);
            }
        } catch (RuntimeException e) {
            log.error("Resuming patient accounts stopped: {}", e.getMessage());
        }
    }

    int resumeFollowUps() {
        List<Long> following = jdbc.sql("select patient_id from patient_account where following_up order by patient_id")
                .query(Long.class).list();
        int resumed = 0;
        for (long patientId : following) {
            if (resume(patientId)) {
                resumed++;
            }
        }
        return resumed;
    }

    /** Starts the account's follow-up again where it stood; false when a start is already queued or nothing is due. */
    boolean resume(long patientId) {
        if (engine.startPending(PatientAccounts.businessKey(patientId)) || accounts.balanceDue(patientId).signum() <= 0) {
            return false;
        }
        int sent = jdbc.sql("select count(*) from patient_statement where patient_id = :p")
                .param("p", patientId).query(Integer.class).single();
        var nextStatementAt = jdbc.sql("select next_statement_at from patient_account where patient_id = :p")
                .param("p", patientId).query(OffsetDateTime.class).optional();
        var interrupted = interruptedTask(patientId);
        if (planRunning(patientId)) {
            // "Plan already running?" in payment-plan goes on from the installment it was at
            resumeAt(patientId, sent, "RunPaymentPlan", Map.of("resumePaymentPlan", true));
        } else if (interrupted.isPresent()) {
            // the call, the collections review or the plan set-up that stood open comes back as it was
            resumeAt(patientId, sent, interrupted.get(), Map.of("balanceDue", accounts.balanceDue(patientId)));
        } else if (sent > 0 && nextStatementAt.isPresent()) {
            // the statement went out: wait for the payment until the period ends as it would have
            resumeAt(patientId, sent, "AwaitPatientPayment", Map.of("balanceDue", accounts.balanceDue(patientId),
                    "resumeNextStatementAt", FeelDateTime.format(nextStatementAt.get())));
        } else {
            accounts.start(patientId, sent);
        }
        return true;
    }

    /** The element of the account's latest task, if that task was open when the earlier engine run ended. */
    private java.util.Optional<String> interruptedTask(long patientId) {
        return jdbc.sql("""
                        select element_id from (
                          select element_id, interrupted_at from user_task
                          where bpmn_process_id = 'patient-balance' and variables ->> 'accountId' = :account
                          order by created_at desc limit 1) latest
                        where interrupted_at is not null""")
                .param("account", String.valueOf(patientId)).query(String.class).optional();
    }

    private boolean planRunning(long patientId) {
        return jdbc.sql("select exists(select 1 from payment_plan where patient_id = :p and state = 'ACTIVE')")
                .param("p", patientId).query(Boolean.class).single();
    }

    private void resumeAt(long patientId, int statementsSent, String elementId, Map<String, Object> extra) {
        Map<String, Object> variables = new HashMap<>(accounts.startVariables(patientId, statementsSent));
        variables.put("finalNoticeSent", statementsSent > settings.statements());
        variables.putAll(extra);
        engine.startProcessBefore(PatientAccounts.PROCESS_ID, PatientAccounts.businessKey(patientId), elementId,
                variables);
    }
}
