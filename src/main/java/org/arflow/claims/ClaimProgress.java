package org.arflow.claims;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a claim moves on: each step writes its stage and one timeline entry, keyed so that a retried
 * job or a repeated call changes nothing the second time. Used by the process workers and the task list.
 */
@Service
public class ClaimProgress {

    private final ClaimService claimService;
    private final ClaimRepository claims;
    private final JdbcClient jdbc;

    ClaimProgress(ClaimService claimService, ClaimRepository claims, JdbcClient jdbc) {
        this.claimService = claimService;
        this.claims = claims;
        this.jdbc = jdbc;
    }

    /** Records a step; stage null leaves the stage as it is. Returns false when the step was recorded before. */
    @Transactional
    public boolean record(String claimId, ClaimStage stage, String kind, String description, String actor,
                          String stepKey) {
        Claim claim = claimService.get(claimId);
        boolean first = claims.addEvent(claim.id(), kind, description, actor, stepKey);
        if (first && stage != null) {
            claims.setStage(claim.id(), stage);
        }
        return first;
    }

    /** Remembers when the claim's current wait for the payer ends (engine time). */
    public void recordFollowUpDue(String claimId, java.time.OffsetDateTime dueAt) {
        jdbc.sql("update claim set follow_up_due_at = :due where claim_id = :id").param("due", dueAt)
                .param("id", claimId).update();
    }

    /** Remembers the level of the claim's latest appeal (1 or 2). */
    public void recordAppealLevel(String claimId, int level) {
        jdbc.sql("update claim set appeal_level = :level where claim_id = :id").param("level", level)
                .param("id", claimId).update();
    }

    /** Remembers which process instance (of which engine run) follows the claim up. */
    public void recordProcessInstance(String claimId, long processInstanceKey, String engineRun) {
        claims.recordProcessInstance(claimService.get(claimId).id(), processInstanceKey, engineRun);
    }

    /** Remembers which process instance, of which version of claim-follow-up, follows the claim up. */
    public void recordProcessInstance(String claimId, long processInstanceKey, String engineRun, int version) {
        long id = claimService.get(claimId).id();
        claims.recordProcessInstance(id, processInstanceKey, engineRun);
        claims.recordProcessVersion(id, version);
    }

    @Transactional
    public void raiseToTopPriority(String claimId, String description, String stepKey) {
        if (record(claimId, null, "PRIORITY", description, "arflow", stepKey)) {
            claims.setPriority(claimService.get(claimId).id(), "TOP");
        }
    }

    /** Queues an X12 276 status inquiry for the claim, once per process step. */
    @Transactional
    public void requestStatusInquiry(String claimId, String stepKey) {
        long id = claimService.get(claimId).id();
        jdbc.sql("insert into status_inquiry (claim_id, step_key) values (:id, :key) on conflict (step_key) do nothing")
                .param("id", id).param("key", stepKey).update();
        record(claimId, ClaimStage.INQUIRY_SENT, "INQUIRY", "Status inquiry (276) requested from the payer", "arflow",
                stepKey);
    }

    /** Writes the rest of the payer balance off with the supervisor's reason. */
    @Transactional
    public void writeOff(String claimId, String reason, String stepKey) {
        Claim claim = claimService.get(claimId);
        if (record(claimId, ClaimStage.WRITTEN_OFF, "WRITTEN_OFF",
                "Balance of " + claim.balance() + " written off: " + (reason == null ? "no reason given" : reason),
                "arflow", stepKey)) {
            jdbc.sql("update claim set adjusted_amount = adjusted_amount + balance, balance = 0 where id = :id")
                    .param("id", claim.id()).update();
        }
    }

    /** Number of status inquiries waiting to be written as a 276. */
    public long pendingStatusInquiries() {
        return jdbc.sql("select count(*) from status_inquiry where sent_at is null").query(Long.class).single();
    }
}
