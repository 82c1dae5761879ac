package org.arflow.tasks;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.arflow.claims.ClaimEvent;
import org.arflow.claims.ClaimService;
import org.springframework.stereotype.Component;

/**
 * Money decisions need two people: whoever asked for a write-off (a task completed with the outcome
 * WRITE_OFF_REVIEW, written on the claim's timeline as WRITE_OFF_REQUESTED with their name) cannot approve it.
 * A request arflow itself made (a payer's denial routed by the rules) may be approved by any supervisor. The same
 * for refunds: whoever asked for one (refundRequestedBy, from the credit balance review) cannot approve it; and for
 * a patient balance: whoever called the patient (collectionsRequestedBy) cannot approve its write-off.
 */
@Component
class FourEyes {

    static final String REQUESTED = "WRITE_OFF_REQUESTED";
    private static final String REQUEST_OUTCOME = "WRITE_OFF_REVIEW";

    private final ClaimService claims;

    FourEyes(ClaimService claims) {
        this.claims = claims;
    }

    /** Whether this outcome asks for a write-off (then the caller records who asked). */
    static boolean requestsWriteOff(Map<String, Object> outcome) {
        return outcome.values().stream().anyMatch(REQUEST_OUTCOME::equals);
    }

    /** Throws when the person approving the write-off of this task's claim is the one who asked for it. */
    void checkApproval(UserTask task, Map<String, Object> outcome, String approver) {
        if ("approve-refund".equals(task.form()) && Boolean.TRUE.equals(outcome.get("refundApproved"))
                && Objects.equals(task.variables().get("refundRequestedBy"), approver)) {
            throw new FourEyesException("You asked for this refund; another supervisor must approve it. Nothing was changed.");
        }
        if ("collections-review".equals(task.form()) && "WRITE_OFF".equals(outcome.get("collectionsDecision"))
                && Objects.equals(task.variables().get("collectionsRequestedBy"), approver)) {
            throw new FourEyesException("You made the call that sent this balance to collections review; another"
                    + " supervisor must approve its write-off. Nothing was changed.");
        }
        if (task.claimId() == null || !"write-off".equals(task.form())
                || !"APPROVED".equals(outcome.get("writeOffDecision"))) {
            return;
        }
        List<ClaimEvent> timeline = claims.timeline(task.claimId());
        String requester = timeline.stream().filter(e -> REQUESTED.equals(e.kind()))
                .reduce((first, second) -> second).map(ClaimEvent::actor).orElse(null);
        if (Objects.equals(requester, approver)) {
            throw new FourEyesException("You asked for this write-off; another supervisor must approve it. "
                    + "Nothing was changed.");
        }
    }
}
