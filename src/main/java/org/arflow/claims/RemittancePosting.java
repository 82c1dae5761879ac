package org.arflow.claims;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arflow.engine.ProcessEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts what payers say about a claim (remittances, status responses, appeal decisions) at database
 * speed, once per reference, and queues the message its process waits for. The routing itself is
 * the DMN's: this only states the facts it needs.
 */
@Service
public class RemittancePosting {

    /** A message waits this long for its claim to be listening again (e.g. while a biller works a task). */
    static final Duration MESSAGE_TIME_TO_LIVE = Duration.ofDays(30);

    private final ClaimService claimService;
    private final ClaimRepository claims;
    private final JdbcClient jdbc;
    private final ProcessEngine engine;
    private final BatchPosting batch;

    RemittancePosting(ClaimService claimService, ClaimRepository claims, JdbcClient jdbc, ProcessEngine engine,
                      BatchPosting batch) {
        this.batch = batch;
        this.claimService = claimService;
        this.claims = claims;
        this.jdbc = jdbc;
        this.engine = engine;
    }

    /**
     * One remittance as posted in a batch: claimId is what the payer sent (CLP01), identity the rest of what
     * says whose claim it is (matching uses both).
     */
    public record Posting(String claimId, ClaimRemittance remittance, RemittanceIdentity identity) {

        public Posting(String claimId, ClaimRemittance remittance) {
            this(claimId, remittance, RemittanceIdentity.UNKNOWN);
        }
    }

    /** What happened to one posting. AMBIGUOUS: several claims fit, or CLP01's claim does not; a person chooses. */
    public enum Outcome { POSTED, ALREADY_POSTED, UNKNOWN_CLAIM, AMBIGUOUS }

    /** The outcome of one posting, the claim it posted to, and for a held one the candidates and why. */
    public record Result(Outcome outcome, String claimId, List<String> candidates, String problem) {
    }

    /** Posts the remittance; false (and nothing changes) when this reference was posted before. */
    @Transactional
    public boolean post(String claimId, ClaimRemittance r) {
        claimService.get(claimId); // ClaimNotFoundException for an unknown claim
        return batch.post(List.of(new Posting(claimId, r))).get(r.reference()).outcome() == Outcome.POSTED;
    }

    /**
     * Posts many remittances in one transaction, set-based (a remittance file posts thousands at
     * once); each reference posts once per claim. Returns the outcome per reference.
     */
    @Transactional
    public Map<String, Outcome> postAll(List<Posting> postings) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        postAllMatched(postings).forEach((reference, result) -> outcomes.put(reference, result.outcome()));
        return outcomes;
    }

    /** As {@link #postAll}, with the claim each posted to and, for those held, the candidates and why. */
    @Transactional
    public Map<String, Result> postAllMatched(List<Posting> postings) {
        return postings.isEmpty() ? Map.of() : batch.post(postings);
    }

    /** Records a 277/277CA status for the claim; false when this reference was recorded before. */
    @Transactional
    public boolean recordStatus(String claimId, ClaimStatusResponse s) {
        Claim claim = claimService.get(claimId);
        int inserted = jdbc.sql("""
                        insert into claim_status_response (claim_id, reference, category, status_code, received_on)
                        values (:claim, :ref, :category, :code, :received) on conflict (claim_id, reference) do nothing""")
                .param("claim", claim.id()).param("ref", s.reference()).param("category", s.category())
                .param("code", s.statusCode()).param("received", s.receivedOn()).update();
        if (inserted == 0) {
            return false;
        }
        claims.addEvent(claim.id(), "STATUS", "Payer status " + s.category()
                + (s.statusCode() == null ? "" : ":" + s.statusCode()) + " received " + s.receivedOn()
                + (s.documentationDeadline() == null ? "" : "; documentation due " + s.documentationDeadline()),
                "payer", "status:" + s.reference());
        Map<String, Object> v = new HashMap<>();
        v.put("statusCategory", s.category());
        v.put("statusCode", s.statusCode());
        v.put("documentationDeadline", s.documentationDeadline() == null ? null : s.documentationDeadline().toString());
        engine.publishMessage(ClaimMessages.CLAIM_STATUS_RECEIVED, claimId, "status:" + claimId + ":" + s.reference(),
                MESSAGE_TIME_TO_LIVE, v);
        return true;
    }

    /** Records the payer's appeal decision (WON or LOST) and tells the appeal waiting for it. */
    @Transactional
    public boolean recordAppealDecision(String claimId, String reference, boolean won) {
        Claim claim = claimService.get(claimId);
        boolean recorded = claims.addEvent(claim.id(), "APPEAL_DECISION",
                "Payer decided the appeal: " + (won ? "won" : "lost"), "payer", "appeal-decision:" + reference);
        if (recorded) {
            engine.publishMessage(ClaimMessages.APPEAL_DECISION_RECEIVED, claimId, "appeal:" + claimId + ":" + reference,
                    MESSAGE_TIME_TO_LIVE, Map.of("appealDecision", won ? "WON" : "LOST"));
        }
        return recorded;
    }
}
