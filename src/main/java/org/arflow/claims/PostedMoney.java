package org.arflow.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the fresh remittances of one batch do to one claim, in file order: each one's facts against
 * the balance the one before left, the totals to book, and the timeline entries. A reversal and the
 * corrected remittance with the same payer claim number (CLP07) become one entry with their net change.
 */
final class PostedMoney {

    BigDecimal paid = BigDecimal.ZERO;
    BigDecimal patient = BigDecimal.ZERO;
    BigDecimal adjusted = BigDecimal.ZERO;
    final BigDecimal balanceBefore;
    BigDecimal balance;
    final List<String[]> events = new ArrayList<>();
    /** The remittance whose facts the process routes on (the last one; a correction rather than its reversal). */
    ClaimRemittance last;
    RemittanceFacts lastFacts;
    final Map<String, RemittanceFacts> factsByReference = new LinkedHashMap<>();

    PostedMoney(BigDecimal balanceBefore) {
        this.balanceBefore = balanceBefore;
        this.balance = balanceBefore;
    }

    void add(ClaimRemittance r, BigDecimal expected, PostingPolicy policy) {
        RemittanceFacts facts = RemittanceFacts.of(r, expected, balance, policy);
        factsByReference.put(r.reference(), facts);
        paid = paid.add(r.paid());
        patient = patient.add(r.patientResponsibilityOrZero());
        adjusted = adjusted.add(facts.payerAdjustments());
        BigDecimal before = balance;
        balance = facts.balanceAfter();
        String[] reversal = pairedReversal(r);
        if (reversal != null) {
            events.remove(reversal);
            events.add(new String[] {"REPROCESSED", "Payer reprocessed the claim (payer claim number "
                    + r.payerClaimControlNumber() + "): " + reversal[1] + "; then " + facts.describe(r)
                    + ". Net change: the balance went from " + reversal[3] + " to " + balance.toPlainString(),
                    "remittance:" + r.reference(), reversal[3],
                    r.payerClaimControlNumber()});
        } else {
            events.add(new String[] {r.isReversal() ? "REVERSAL" : "REMITTANCE", facts.describe(r),
                    "remittance:" + r.reference(), before.toPlainString(), r.isReversal() ? r.payerClaimControlNumber() : null});
        }
        last = r;
        lastFacts = facts;
    }

    /** The reversal event of this batch that a correction with the same CLP07 answers. */
    private String[] pairedReversal(ClaimRemittance r) {
        if (r.isReversal() || r.payerClaimControlNumber() == null) {
            return null;
        }
        return events.stream().filter(e -> "REVERSAL".equals(e[0]) && Objects.equals(e[4], r.payerClaimControlNumber()))
                .findFirst().orElse(null);
    }

    /**
     * The facts of the batch as the process should route them: every denied line of the batch, the last
     * remittance's status and shortfall, against the final balance.
     */
    RemittanceFacts routedFacts() {
        List<DeniedLine> denied = factsByReference.values().stream().flatMap(f -> f.deniedLines().stream()).toList();
        boolean waiver = factsByReference.values().stream().anyMatch(RemittanceFacts::waiverOnFile);
        return new RemittanceFacts(lastFacts.denied(), denied, adjusted, lastFacts.allowedShortfall(), balance, waiver);
    }
}
