package org.arflow.claims;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * Workers of the claim-follow-up process, one per service task, each named after its job type.
 * Each writes one status change and one timeline entry keyed by its element instance, so a retried
 * job has no second effect. Public: the Camunda starter invokes these methods reflectively.
 */
@Component
public class ClaimFollowUpWorkers {

    private final ClaimService claims;

    ClaimFollowUpWorkers(ClaimService claims) {
        this.claims = claims;
    }

    @JobWorker(type = "open-follow-up")
    public void openFollowUp(@Variable String claimId, ActivatedJob job) {
        claims.advance(claimId, ClaimStatus.AWAITING_PAYER, "Follow-up opened: waiting for the payer",
                stepKey(job));
    }

    @JobWorker(type = "close-claim-as-paid")
    public void closeClaimAsPaid(@Variable String claimId, ActivatedJob job) {
        claims.advance(claimId, ClaimStatus.PAID, "Payer paid: follow-up closed", stepKey(job));
    }

    @JobWorker(type = "flag-claim-for-follow-up")
    public void flagClaimForFollowUp(@Variable String claimId, ActivatedJob job) {
        claims.advance(claimId, ClaimStatus.NEEDS_FOLLOW_UP,
                "No answer from the payer within the follow-up period: needs a biller", stepKey(job));
    }

    private static String stepKey(ActivatedJob job) {
        return job.getType() + ":" + job.getProcessInstanceKey() + ":" + job.getElementInstanceKey();
    }
}
