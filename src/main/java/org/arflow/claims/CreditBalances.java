package org.arflow.claims;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims that hold more money than they are owed, and the refunds that resolve them. A refund is
 * booked once per process step, with who asked for it and who approved it (never the same person).
 */
@Service
public class CreditBalances {

    /** A claim in credit: how much and since when. */
    public record Credit(String claimId, String payerName, String billingTeam, BigDecimal credit, OffsetDateTime since) {
    }

    private final ClaimService claimService;
    private final ClaimRepository claims;
    private final JdbcClient jdbc;

    CreditBalances(ClaimService claimService, ClaimRepository claims, JdbcClient jdbc) {
        this.claimService = claimService;
        this.claims = claims;
        this.jdbc = jdbc;
    }

    /** Claims in credit, oldest credit first (null teams: every team). */
    public List<Credit> open(List<String> teams, int limit) {
        return jdbc.sql("""
                        select c.claim_id, p.name as payer_name, p.billing_team, -c.balance as credit, c.credit_since as since
                        from claim c join payer p on p.id = c.payer_id
                        where c.credit_since is not null and c.balance < 0
                          and (cast(:teams as text[]) is null or p.billing_team = any(cast(:teams as text[])))
                        order by c.credit_since, c.id limit :limit""")
                .param("teams", teams == null ? null : teams.toArray(String[]::new)).param("limit", limit)
                .query(Credit.class).list();
    }

    /**
     * A payer's provider-level recoupment (PLB WO/72) that names this claim: while the claim holds a credit,
     * the recoupment takes it back (the credit shrinks, and a claim left at nothing owed is closed); otherwise
     * only the timeline is told, as the claim's own payments change when the payer reverses them.
     */
    @Transactional
    public void recordRecoupment(String claimId, BigDecimal amount, String description, String dedupKey) {
        Claim claim = claimService.get(claimId);
        BigDecimal credit = claim.balance().negate();
        if (credit.signum() <= 0 || amount.signum() <= 0) {
            claims.addEvent(claim.id(), "RECOUPMENT", description, "payer", dedupKey);
            return;
        }
        BigDecimal taken = amount.min(credit);
        if (!claims.addEvent(claim.id(), "RECOUPMENT", description + "; it takes back " + taken.toPlainString()
                + " of the claim's credit of " + credit.toPlainString(), "payer", dedupKey)) {
            return;
        }
        jdbc.sql("""
                        update claim set balance = balance + :taken, paid_amount = paid_amount - :taken,
                               credit_since = case when balance + :taken < 0 then credit_since end, updated_at = now()
                        where id = :id""")
                .param("taken", taken).param("id", claim.id()).update();
        if (taken.compareTo(credit) == 0 && claim.stage().isResolved()) {
            claims.setStage(claim.id(), ClaimStage.CLOSED);
        }
    }

    @Transactional
    public void recordRefund(String claimId, BigDecimal amount, String refundTo, String requestedBy, String approvedBy,
                             String stepKey) {
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("A refund needs a positive amount");
        }
        if (requestedBy == null || requestedBy.equals(approvedBy)) {
            throw new IllegalStateException("A refund must be approved by someone other than who asked for it");
        }
        Claim claim = claimService.get(claimId);
        int inserted = jdbc.sql("""
                        insert into claim_refund (claim_id, amount, refund_to, requested_by, approved_by, step_key)
                        values (:claim, :amount, :to, :requested, :approved, :step) on conflict (step_key) do nothing""")
                .param("claim", claim.id()).param("amount", amount).param("to", refundTo)
                .param("requested", requestedBy).param("approved", approvedBy).param("step", stepKey).update();
        if (inserted == 0) {
            boolean same = jdbc.sql("""
                            select exists(select 1 from claim_refund where step_key = :step and amount = :amount
                                          and refund_to = :to and requested_by = :requested and approved_by = :approved)""")
                    .param("step", stepKey).param("amount", amount).param("to", refundTo).param("requested", requestedBy)
                    .param("approved", approvedBy).query(Boolean.class).single();
            if (!same) {
                // the job fails and shows as an incident: a person decides which refund stands
                throw new IllegalStateException("Another refund was recorded for this approval step; nothing was booked");
            }
            return;
        }
        jdbc.sql("""
                        update claim set balance = balance + :amount,
                               paid_amount = paid_amount - case when :to = 'PAYER' then :amount else 0 end,
                               patient_responsibility = patient_responsibility - case when :to = 'PATIENT' then :amount else 0 end,
                               credit_since = case when balance + :amount < 0 then credit_since end, updated_at = now()
                        where id = :id""")
                .param("amount", amount).param("to", refundTo).param("id", claim.id()).update();
        BigDecimal left = claim.balance().add(amount);
        claims.addEvent(claim.id(), "REFUND", "Refund of " + amount + " to the " + refundTo.toLowerCase()
                + " asked for by " + requestedBy + ", approved by " + approvedBy
                + (left.signum() < 0 ? "; credit left " + left.negate() : "; no credit left"), approvedBy, stepKey);
        claims.setStage(claim.id(), left.signum() < 0 ? ClaimStage.CREDIT_BALANCE_REVIEW : ClaimStage.CLOSED);
    }
}
