package org.arflow.patientbilling;

import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.arflow.claims.ClaimService;
import org.arflow.claims.LifecycleDriver;
import org.arflow.engine.EmbeddedEngine;
import org.arflow.tasks.TaskService;
import org.arflow.tasks.UserTask;
import org.springframework.stereotype.Component;

/** Drives a patient account through the real app: a claim that leaves a patient balance, payments, timers, tasks. */
@Component
class PatientBillingDriver {

    // beyond the 45 s job timeout: a job whose activation the in-memory engine lost comes back after it
    static final Duration PATIENCE = Duration.ofSeconds(90);

    final LifecycleDriver office;
    private final ClaimService claims;
    private final PatientAccounts accounts;
    private final Statements statements;
    private final PatientPayments payments;
    private final TaskService tasks;
    private final EmbeddedEngine embedded;

    PatientBillingDriver(LifecycleDriver office, ClaimService claims, PatientAccounts accounts, Statements statements,
                         PatientPayments payments, TaskService tasks, EmbeddedEngine embedded) {
        this.office = office;
        this.claims = claims;
        this.accounts = accounts;
        this.statements = statements;
        this.payments = payments;
        this.tasks = tasks;
        this.embedded = embedded;
    }

    /** A claim the payer paid, leaving the patient a deductible; returns the patient's account id. */
    long claimLeavingPatient(String claimId, String patientOwes) {
        BigDecimal owes = new BigDecimal(patientOwes);
        BigDecimal billed = owes.add(new BigDecimal("150.00"));
        office.submit(claimId, "Medicare", 20, billed.toPlainString(), null);
        office.remit(claimId, claimId + "-ERA", "1", billed.toPlainString(), "120.00", patientOwes,
                LifecycleDriver.adj("CO", "45", "30.00"), LifecycleDriver.adj("PR", "1", patientOwes));
        long patientId = claims.get(claimId).patientId();
        await().atMost(PATIENCE).until(() -> statements.of(patientId).size(), n -> n >= 1);
        return patientId;
    }

    /** Another visit of the patient of {@code firstClaimId}: a new claim, paid by Medicare, leaving the patient this much. */
    void anotherClaimLeavingPatient(String firstClaimId, String claimId, String patientOwes) {
        BigDecimal billed = new BigDecimal(patientOwes).add(new BigDecimal("150.00"));
        claims.submit(new org.arflow.claims.NewClaim(claimId, new org.arflow.claims.NewClaim.PatientRef("Test",
                "Patient-" + firstClaimId, java.time.LocalDate.of(1970, 1, 1), "M" + firstClaimId), "Medicare", null,
                office.engineToday().minusDays(10), null, billed, null,
                java.util.List.of(new org.arflow.claims.ServiceLine(1, "99213", null, billed, BigDecimal.ONE, null))));
        office.instanceKey(claimId);
        office.remit(claimId, claimId + "-ERA", "1", billed.toPlainString(), "120.00", patientOwes,
                LifecycleDriver.adj("CO", "45", "30.00"), LifecycleDriver.adj("PR", "1", patientOwes));
    }

    PaymentResult pay(long patientId, String amount, String reference) {
        return payments.record(patientId, new PatientPayment(new BigDecimal(amount), office.engineToday(), "CARD",
                reference, null), "biller");
    }

    void awaitStatements(long patientId, int count) {
        await().atMost(PATIENCE).until(() -> statements.of(patientId).size(), n -> n >= count);
    }

    /** Waits for a live timer at this element in the account's instances, then moves the engine clock past it. */
    void letTimerFire(long patientId, String elementId, Duration by) {
        office.letTimerFire(() -> accounts.processInstanceKey(patientId).orElse(-1L), elementId, by);
    }

    /** Lets the live timer at this element in the account's instances fire, the clock moved just past its due time. */
    void letTimerFireJustPastItsDueTime(long patientId, String elementId) {
        office.letTimerFireJustPastItsDueTime(() -> accounts.processInstanceKey(patientId).orElse(-1L), elementId);
    }

    /** When the live timer at this element in the account's instances is due (engine time), once there is one. */
    java.time.Instant timerDue(long patientId, String elementId) {
        return office.timerDue(() -> accounts.processInstanceKey(patientId).orElse(-1L), elementId);
    }

    /** Four statement periods without a payment: three statements, the final notice, then the call. */
    UserTask throughFinalNotice(long patientId) {
        for (int sent = 1; sent <= 4; sent++) {
            awaitStatements(patientId, sent);
            letTimerFire(patientId, "StatementPeriodOver", Duration.ofDays(31));
        }
        return awaitTask(patientId, "CallPatient");
    }

    UserTask awaitTask(long patientId, String elementId) {
        return await().atMost(PATIENCE).until(() -> tasks.openTasksFor("supervisor", true).stream()
                .filter(t -> elementId.equals(t.elementId()) && instances(patientId).contains(t.processInstanceKey()))
                .findFirst().orElse(null), t -> t != null);
    }

    void complete(long patientId, String elementId, Map<String, Object> outcome) {
        tasks.complete(awaitTask(patientId, elementId).taskKey(), outcome, "supervisor", true);
    }

    /** Waits until the account's follow-up (or a plan it called) completed this element. */
    void awaitPassed(long patientId, String elementId) {
        await().atMost(PATIENCE).until(() -> passed(patientId).contains(elementId));
    }

    /** Waits until the account's follow-up passed this end event and closed. */
    void awaitEndedAt(long patientId, String endEventId) {
        await().atMost(PATIENCE).until(() -> passed(patientId).contains(endEventId));
    }

    Set<String> passed(long patientId) {
        Set<Long> keys = instances(patientId);
        Set<String> passed = new HashSet<>();
        RecordStream.of(engine().getRecordStreamSource()).processInstanceRecords().forEach(r -> {
            if (keys.contains(r.getValue().getProcessInstanceKey()) && r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED) {
                passed.add(r.getValue().getElementId());
            }
        });
        return passed;
    }

    /** The account's patient-balance instance and the plans it called. */
    Set<Long> instances(long patientId) {
        Set<Long> keys = new HashSet<>();
        accounts.processInstanceKey(patientId).ifPresent(keys::add);
        RecordStream.of(engine().getRecordStreamSource()).processInstanceRecords().forEach(r -> {
            if (keys.contains(r.getValue().getParentProcessInstanceKey())) {
                keys.add(r.getValue().getProcessInstanceKey());
            }
        });
        return keys;
    }

    private ZeebeTestEngine engine() {
        return (ZeebeTestEngine) embedded.engine();
    }
}
