package org.arflow.patientbilling;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.arflow.claims.ClaimProgress;
import org.arflow.engine.EngineInfo;
import org.springframework.stereotype.Component;

/**
 * Workers of patient-balance and payment-plan, one per service task, named after its job type. Each
 * step is keyed so a retried job changes nothing twice. Public: the Camunda starter calls them reflectively.
 */
@Component
public class PatientBillingWorkers {

    private static final ZoneId OFFICE = ZoneId.of("America/New_York");

    private final Statements statements;
    private final PatientAccounts accounts;
    private final PaymentPlans plans;
    private final ClaimProgress progress;
    private final EngineInfo engine;
    private final PatientAdjustments adjustments;

    PatientBillingWorkers(Statements statements, PatientAccounts accounts, PaymentPlans plans, ClaimProgress progress,
                          EngineInfo engine, PatientAdjustments adjustments) {
        this.adjustments = adjustments;
        this.statements = statements;
        this.accounts = accounts;
        this.plans = plans;
        this.progress = progress;
        this.engine = engine;
    }

    @JobWorker(type = "send-statement")
    public Map<String, Object> sendStatement(@Variable String accountId, @Variable Integer statementsSent,
                                             @Variable Integer statementsBeforeFinalNotice, ActivatedJob job) {
        accounts.recordProcessInstance(Long.parseLong(accountId), job.getProcessInstanceKey());
        int number = (statementsSent == null ? 0 : statementsSent) + 1;
        boolean finalNotice = number > statementsBeforeFinalNotice;
        var statement = statements.issue(Long.parseLong(accountId), number, finalNotice, LocalDate.now(OFFICE), stepKey(job));
        Map<String, Object> out = new HashMap<>();
        out.put("balanceDue", accounts.balanceDue(Long.parseLong(accountId)));
        out.put("statementsSent", statement.isPresent() ? number : number - 1);
        out.put("finalNoticeSent", statement.isPresent() && finalNotice);
        return out;
    }

    @JobWorker(type = "await-patient-payment")
    public void awaitPatientPayment(@Variable String accountId, @Variable String nextStatementAt, ActivatedJob job) {
        accounts.recordProcessInstance(Long.parseLong(accountId), job.getProcessInstanceKey());
        // kept in PostgreSQL so that an account resumed after a restart waits until the same moment
        accounts.recordNextStatement(Long.parseLong(accountId), org.arflow.engine.FeelDateTime.parse(nextStatementAt));
    }

    @JobWorker(type = "check-patient-balance")
    public Map<String, Object> checkPatientBalance(@Variable String accountId) {
        return Map.of("balanceDue", accounts.balanceDue(Long.parseLong(accountId)));
    }

    @JobWorker(type = "close-patient-follow-up")
    public void closePatientFollowUp(@Variable String accountId, ActivatedJob job) {
        long patientId = Long.parseLong(accountId);
        accounts.endFollowUp(patientId);
    }

    @JobWorker(type = "record-collections-decision")
    public void recordCollectionsDecision(@Variable String accountId, @Variable String collectionsDecision,
                                          ActivatedJob job) {
        long patientId = Long.parseLong(accountId);
        if ("WRITE_OFF".equals(collectionsDecision)) {
            adjustments.writeOff(patientId, "collections review decided to write it off", stepKey(job));
        } else {
            openClaims(patientId, "Patient balance sent to the collection agency", job);
        }
        accounts.endFollowUp(patientId);
    }

    @JobWorker(type = "record-payment-plan")
    public Map<String, Object> recordPaymentPlan(@Variable String accountId, @Variable Integer installments,
                                                 @Variable String installmentAmount, @Variable String firstDueDate,
                                                 ActivatedJob job) {
        long patientId = Long.parseLong(accountId);
        PlanTerms terms = PlanTermsCheck.terms(Map.of("installments", installments,
                "installmentAmount", installmentAmount, "firstDueDate", firstDueDate));
        long planId = plans.start(patientId, terms, stepKey(job));
        var dueDates = plans.schedule(patientId).stream().map(i -> dueAt(i.dueDate())).toList();
        openClaims(patientId, "Payment plan agreed: " + installments + " monthly installments from " + firstDueDate, job);
        return Map.of("planId", planId, "dueDates", dueDates);
    }

    @JobWorker(type = "resume-payment-plan")
    public Map<String, Object> resumePaymentPlan(@Variable String accountId) {
        PaymentPlans.RunningPlan plan = plans.running(Long.parseLong(accountId)).orElseThrow(
                () -> new IllegalStateException("Account " + accountId + " has no running payment plan to resume"));
        return Map.of("planId", plan.planId(), "installmentsBefore", plan.installmentsBefore(),
                "dueDates", plan.dueDatesAhead().stream().map(PatientBillingWorkers::dueAt).toList());
    }

    /** Due at noon UTC: the same office day in every US time zone. */
    private static String dueAt(LocalDate day) {
        return day.atTime(12, 0).atOffset(java.time.ZoneOffset.UTC).toString();
    }

    @JobWorker(type = "check-installment")
    public Map<String, Object> checkInstallment(@Variable Long planId, @Variable Integer installmentNumber) {
        PaymentPlans.Check check = plans.checkInstallment(planId, installmentNumber);
        if (!check.paid() && check.misses() >= 2) {
            plans.markBroken(planId);
        }
        return Map.of("installmentPaid", check.paid(), "missedInstallments", check.misses());
    }

    @JobWorker(type = "send-payment-reminder")
    public void sendPaymentReminder(@Variable String accountId, @Variable Integer installmentNumber, ActivatedJob job) {
        openClaims(Long.parseLong(accountId), "Payment plan reminder sent: installment " + installmentNumber
                + " was missed", job);
    }

    @JobWorker(type = "add-charges-to-plan")
    public Map<String, Object> addChargesToPlan(@Variable String accountId, ActivatedJob job) {
        long patientId = Long.parseLong(accountId);
        var amounts = plans.addNewCharges(patientId);
        openClaims(patientId, amounts.isEmpty() ? "New charges held: no installment of the payment plan is left to carry them"
                : "Payment plan recomputed with new charges: " + amounts.size() + " installments left of "
                + StatementDocument.money(amounts.getFirst()) + (amounts.size() > 1 ? " (the last "
                + StatementDocument.money(amounts.getLast()) + ")" : ""), job);
        return Map.of("chargesAddedToPlan", !amounts.isEmpty());
    }

    @JobWorker(type = "hold-new-charge")
    public void holdNewCharge(@Variable String newChargeClaimId, ActivatedJob job) {
        if (newChargeClaimId != null) {
            progress.record(newChargeClaimId, null, "PATIENT_BILLING",
                    "New charge held outside the running payment plan: it is billed after the plan",
                    "arflow", stepKey(job) + ":" + newChargeClaimId);
        }
    }

    @JobWorker(type = "finish-payment-plan")
    public Map<String, Object> finishPaymentPlan(@Variable Long planId) {
        return Map.of("planOutcome", plans.finish(planId));
    }

    /** Writes the step on the timeline of each claim the patient still owes for. */
    private void openClaims(long patientId, String words, ActivatedJob job) {
        accounts.balances(patientId).stream().filter(b -> b.due().signum() > 0).forEach(b ->
                progress.record(b.claimId(), null, "PATIENT_BILLING", words, "arflow", stepKey(job) + ":" + b.claimId()));
    }

    private String stepKey(ActivatedJob job) {
        return job.getType() + ":" + engine.runId() + ":" + job.getProcessInstanceKey() + ":" + job.getElementInstanceKey();
    }
}
