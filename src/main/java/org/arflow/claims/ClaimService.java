package org.arflow.claims;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arflow.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claims feature's public face: submit claims, record payer payments, read claims and timelines.
 * PostgreSQL is written first; the engine is told afterwards, without making the caller wait.
 * Logs carry the internal claim number only, never the claim id or patient data.
 */
@Service
public class ClaimService {

    static final String PROCESS_ID = "claim-follow-up";
    static final String PAYMENT_MESSAGE = "payment-received";
    static final String DEFAULT_FOLLOW_UP_AFTER = "P30D";

    private static final Logger log = LoggerFactory.getLogger(ClaimService.class);

    private final ClaimRepository claims;
    private final ProcessEngine engine;

    ClaimService(ClaimRepository claims, ProcessEngine engine) {
        this.claims = claims;
        this.engine = engine;
    }

    @Transactional
    public Claim submit(NewClaim newClaim) {
        Claim claim = claims.insert(newClaim).orElseThrow(() -> new DuplicateClaimException(newClaim.claimId()));
        claims.addEvent(claim.id(), "SUBMITTED", "Claim submitted for follow-up, billed " + claim.billedAmount(),
                "submitted");
        return claim;
    }

    /** Starts the claim's follow-up process; called after the claim is committed. */
    public void startFollowUp(Claim claim) {
        Map<String, Object> variables = Map.of(
                "claimId", claim.claimId(),
                "payerName", claim.payerName(),
                "billedAmount", claim.billedAmount(),
                "followUpAfter", DEFAULT_FOLLOW_UP_AFTER);
        engine.startProcess(PROCESS_ID, variables).whenComplete((key, failure) -> {
            if (failure != null) {
                log.error("Follow-up of claim #{} did not start: {}", claim.id(), failure.getMessage());
            } else {
                claims.setProcessInstance(claim.id(), key);
                log.info("Follow-up of claim #{} started as process instance {}", claim.id(), key);
            }
        });
    }

    @Transactional
    public boolean recordPayment(String claimId, NewPayment payment, String recordedBy) {
        Claim claim = claims.find(claimId).orElseThrow(() -> new ClaimNotFoundException(claimId));
        boolean recorded = claims.insertPayment(claim.id(), payment, recordedBy);
        if (recorded) {
            claims.addEvent(claim.id(), "PAYMENT", "Payer paid " + payment.amount() + " on " + payment.paidOn()
                    + " (ref " + payment.reference() + ")", "payment:" + payment.reference());
        }
        return recorded;
    }

    /** Tells the claim's process that the payer paid; the message id keeps a re-send harmless. */
    public void announcePayment(String claimId, NewPayment payment) {
        engine.publishMessage(PAYMENT_MESSAGE, claimId, "payment:" + claimId + ":" + payment.reference(),
                        Map.of("paidAmount", payment.amount()))
                .exceptionally(failure -> {
                    if (String.valueOf(failure.getMessage()).contains("ALREADY_EXISTS")) {
                        log.debug("Payment message was published before; nothing to do");
                    } else {
                        log.error("Payment message for a claim was not delivered: {}", failure.getMessage());
                    }
                    return null;
                });
    }

    public Optional<Claim> find(String claimId) {
        return claims.find(claimId);
    }

    public List<Claim> list(int limit) {
        return claims.list(limit);
    }

    public List<ClaimEvent> timeline(String claimId) {
        return claims.find(claimId).map(c -> claims.timeline(c.id())).orElseThrow(
                () -> new ClaimNotFoundException(claimId));
    }

    public List<StatusSummary> summaryByStatus() {
        return claims.summaryByStatus();
    }

    /** Moves the claim to a status and writes it on the timeline, once per process step. */
    @Transactional
    void advance(String claimId, ClaimStatus status, String description, String stepKey) {
        Claim claim = claims.find(claimId).orElseThrow(() -> new ClaimNotFoundException(claimId));
        claims.setStatus(claim.id(), status);
        claims.addEvent(claim.id(), status.name(), description, stepKey);
    }
}
