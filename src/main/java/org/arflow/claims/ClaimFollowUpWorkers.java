package org.arflow.claims;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.arflow.engine.FeelDateTime;
import org.springframework.stereotype.Component;

/**
 * Workers of claim-follow-up and its call activities, one per service task, each named after its
 * job type. Each records its step once per element instance (a retried job changes nothing). Public:
 * the Camunda starter invokes these methods reflectively.
 */
@Component
public class ClaimFollowUpWorkers {

    private final ClaimProgress progress;
    private final org.arflow.engine.EngineInfo engine;
    private final ClaimService claims;
    private final org.springframework.context.ApplicationEventPublisher events;

    ClaimFollowUpWorkers(ClaimProgress progress, org.arflow.engine.EngineInfo engine, ClaimService claims,
                         org.springframework.context.ApplicationEventPublisher events) {
        this.progress = progress;
        this.engine = engine;
        this.claims = claims;
        this.events = events;
    }

    @JobWorker(type = "await-payer-response")
    public void awaitPayerResponse(@Variable String claimId, @Variable Integer followUpDays,
                                   @Variable String followUpDueAt, ActivatedJob job) {
        progress.recordProcessInstance(claimId, job.getProcessInstanceKey(), engine.runId(),
                job.getProcessDefinitionVersion());
        // kept in PostgreSQL so that a claim resumed after a restart waits until the same moment
        progress.recordFollowUpDue(claimId, FeelDateTime.parse(followUpDueAt));
        progress.record(claimId, ClaimStage.AWAITING_PAYER, "AWAITING_PAYER",
                "Waiting for the payer; status inquiry in " + followUpDays + " days without an answer", "arflow",
                StepKey.of(job, engine));
    }

    @JobWorker(type = "request-status-inquiry")
    public void requestStatusInquiry(@Variable String claimId, @Variable String followUpDueAt, ActivatedJob job) {
        progress.requestStatusInquiry(claimId, StepKey.of(job, engine));
        progress.recordFollowUpDue(claimId, FeelDateTime.parse(followUpDueAt));
    }

    @JobWorker(type = "close-claim")
    public void closeClaim(@Variable String claimId, @Variable String routeReason, ActivatedJob job) {
        progress.record(claimId, ClaimStage.CLOSED, "CLOSED", "Claim closed: " + orDefault(routeReason, "resolved"),
                "arflow", StepKey.of(job, engine));
    }

    @JobWorker(type = "hand-off-patient-balance")
    public void handOffPatientBalance(@Variable String claimId, @Variable String billingTeam, ActivatedJob job) {
        progress.record(claimId, ClaimStage.PATIENT_BALANCE, "PATIENT_BALANCE",
                "Payer side done: the patient's share goes to patient billing", "arflow", StepKey.of(job, engine));
        // published on every attempt: patient billing takes a claim's balance once (keyed by claim id)
        Claim claim = claims.get(claimId);
        events.publishEvent(new PatientBalanceHandedOff(claimId, claim.patientId(), claim.serviceFrom(),
                claim.patientResponsibility(), billingTeam));
    }

    @JobWorker(type = "send-documentation")
    public void sendDocumentation(@Variable String claimId, @Variable String documentsSent, ActivatedJob job) {
        progress.record(claimId, ClaimStage.DOCUMENTATION_SENT, "DOCUMENTATION_SENT",
                "Documentation sent to the payer: " + orDefault(documentsSent, "as requested"), "arflow", StepKey.of(job, engine));
    }

    @JobWorker(type = "record-resubmission")
    public void recordResubmission(@Variable String claimId, ActivatedJob job) {
        progress.record(claimId, ClaimStage.RESUBMITTED, "RESUBMITTED", "Corrected claim resubmitted to the payer",
                "arflow", StepKey.of(job, engine));
    }

    @JobWorker(type = "submit-appeal")
    public void submitAppeal(@Variable String claimId, @Variable Integer appealLevel, ActivatedJob job) {
        int level = (appealLevel == null ? 0 : appealLevel) + 1;
        progress.recordAppealLevel(claimId, level);
        progress.record(claimId, ClaimStage.APPEAL_SUBMITTED, "APPEAL_SUBMITTED",
                "Level " + level + " appeal submitted to the payer", "arflow", StepKey.of(job, engine));
    }

    @JobWorker(type = "await-appeal-decision")
    public void awaitAppealDecision(@Variable String claimId, @Variable String appealDecisionDueAt, ActivatedJob job) {
        java.time.OffsetDateTime due = FeelDateTime.parse(appealDecisionDueAt);
        // kept in PostgreSQL so that an appeal resumed after a restart waits until the same moment
        progress.recordFollowUpDue(claimId, due);
        progress.record(claimId, ClaimStage.APPEAL_SUBMITTED, "AWAITING_APPEAL_DECISION",
                "Waiting for the payer's appeal decision until " + due.toLocalDate(), "arflow", StepKey.of(job, engine));
    }

    @JobWorker(type = "write-off-claim")
    public void writeOffClaim(@Variable String claimId, @Variable String writeOffReason, ActivatedJob job) {
        progress.writeOff(claimId, writeOffReason, StepKey.of(job, engine));
    }

    @JobWorker(type = "raise-timely-filing-priority")
    public void raiseTimelyFilingPriority(@Variable String claimId, ActivatedJob job) {
        progress.raiseToTopPriority(claimId,
                "Timely-filing deadline near and the payer does not have the claim: top priority", StepKey.of(job, engine));
    }

    @JobWorker(type = "record-timely-filing-lapse")
    public void recordTimelyFilingLapse(@Variable String claimId, ActivatedJob job) {
        progress.record(claimId, ClaimStage.WRITE_OFF_REVIEW, "TIMELY_FILING_LAPSED",
                "Timely-filing deadline passed before the payer had the claim", "arflow", StepKey.of(job, engine));
    }

    @JobWorker(type = "record-other-payer-billed")
    public void recordOtherPayerBilled(@Variable String claimId, ActivatedJob job) {
        progress.record(claimId, ClaimStage.BILLED_TO_OTHER_PAYER, "BILLED_TO_OTHER_PAYER",
                "Claim billed to another payer; this payer's follow-up is closed", "arflow", StepKey.of(job, engine));
    }

    @JobWorker(type = "record-underpayment-dispute")
    public void recordUnderpaymentDispute(@Variable String claimId, ActivatedJob job) {
        progress.record(claimId, ClaimStage.UNDERPAYMENT_DISPUTED, "UNDERPAYMENT_DISPUTED",
                "Underpayment disputed with the payer", "arflow", StepKey.of(job, engine));
    }


    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
