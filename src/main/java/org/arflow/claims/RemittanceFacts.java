package org.arflow.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one posted remittance means for its claim: the amounts somebody must work (denied lines, at
 * claim or line level, with their group, reason and remarks), what lowers the balance, the shortfall
 * against the expected amount, and the balance after it. The remittance-routing DMN decides from
 * these; {@link FollowUpContract} turns them into the process's variables.
 */
record RemittanceFacts(boolean denied, List<DeniedLine> deniedLines, BigDecimal payerAdjustments,
                       BigDecimal allowedShortfall, BigDecimal balanceAfter, boolean waiverOnFile) {

    /** Modifiers that say the patient signed a waiver of liability (ABN) for the service. */
    private static final Set<String> WAIVER_MODIFIERS = Set.of("GA", "GX");

    static RemittanceFacts of(ClaimRemittance r, BigDecimal expectedAmount, BigDecimal balanceBefore, PostingPolicy policy) {
        List<DeniedLine> deniedLines = r.isReversal() ? List.of() : deniedLines(r, policy);
        boolean denied = "4".equals(r.statusCode()) || (r.paid().signum() == 0 && !deniedLines.isEmpty());
        // denied amounts are still owed until someone corrects, appeals, bills elsewhere or writes them off: they do
        // not lower the balance (and a reversal does not raise it by them); everything else the payer adjusted does
        BigDecimal payerAdjustments = denied ? BigDecimal.ZERO : r.allAdjustments().stream()
                .filter(a -> !a.isPatientResponsibility())
                .filter(a -> !isWork(a, policy))
                .map(Adjustment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal shortfall = BigDecimal.ZERO;
        if (expectedAmount != null && !denied && !r.isReversal()) {
            shortfall = expectedAmount.subtract(r.paid()).subtract(r.patientResponsibilityOrZero())
                    .subtract(sum(deniedLines)).max(BigDecimal.ZERO);
        }
        BigDecimal after = balanceBefore.subtract(r.paid()).subtract(r.patientResponsibilityOrZero()).subtract(payerAdjustments);
        boolean waiver = r.linesOrEmpty().stream().anyMatch(l -> l.modifiers() != null
                && l.modifiers().stream().anyMatch(WAIVER_MODIFIERS::contains));
        return new RemittanceFacts(denied, deniedLines, payerAdjustments, shortfall, after, waiver);
    }

    /** Claim-level CAS first (line 0), then each SVC's CAS with the line's own remarks. */
    private static List<DeniedLine> deniedLines(ClaimRemittance r, PostingPolicy policy) {
        List<DeniedLine> lines = new ArrayList<>();
        for (Adjustment a : r.adjustmentsOrEmpty()) {
            if (isWork(a, policy)) {
                lines.add(new DeniedLine(0, null, a.group(), a.reason(), a.amount(), r.remarkCodesOrEmpty()));
            }
        }
        List<ClaimRemittance.RemittanceLine> svc = r.linesOrEmpty();
        for (int i = 0; i < svc.size(); i++) {
            ClaimRemittance.RemittanceLine line = svc.get(i);
            for (Adjustment a : line.adjustments() == null ? List.<Adjustment>of() : line.adjustments()) {
                if (isWork(a, policy)) {
                    lines.add(new DeniedLine(i + 1, line.procedureCode(), a.group(), a.reason(), a.amount(),
                            line.remarkCodes() == null ? List.of() : line.remarkCodes()));
                }
            }
        }
        return lines;
    }

    private static boolean isWork(Adjustment a, PostingPolicy policy) {
        return !a.isPatientResponsibility() && !policy.noWork().contains(a.group() + "-" + a.reason())
                && a.amount().abs().compareTo(policy.threshold()) > 0;
    }

    private static BigDecimal sum(List<DeniedLine> lines) {
        return lines.stream().map(DeniedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal deniedAmount() {
        return sum(deniedLines);
    }

    /** The denied line with the largest amount: its reason decides the route. */
    DeniedLine largestDenial() {
        return deniedLines.stream().max(Comparator.comparing(DeniedLine::amount)).orElse(null);
    }

    /** Claim and line remark codes together, in the order the remittance gives them. */
    static List<String> allRemarks(ClaimRemittance r) {
        Set<String> all = new LinkedHashSet<>(r.remarkCodesOrEmpty());
        r.linesOrEmpty().forEach(l -> all.addAll(l.remarkCodes() == null ? List.of() : l.remarkCodes()));
        return List.copyOf(all);
    }

    String describe(ClaimRemittance r) {
        if (r.isReversal()) {
            return "Payer reversed a previous payment: " + r.paid() + " (ref " + r.reference() + ")";
        }
        StringBuilder text = new StringBuilder(denied ? "Payer denied the claim" : "Payer paid " + r.paid());
        if (r.patientResponsibilityOrZero().signum() != 0) {
            text.append("; patient owes ").append(r.patientResponsibilityOrZero());
        }
        for (Adjustment a : r.allAdjustments()) {
            text.append("; ").append(a.group()).append('-').append(a.reason()).append(' ').append(a.amount())
                    .append(" (").append(AdjustmentReasons.describe(a.reason())).append(')');
        }
        if (!deniedLines.isEmpty()) {
            text.append(". Denied ").append(deniedAmount().toPlainString()).append(", still owed and to work: ");
            text.append(String.join(" | ", deniedLines.stream().map(DeniedLine::describe).toList()));
        }
        if (balanceAfter.signum() < 0) {
            text.append(". Credit balance ").append(balanceAfter.negate().toPlainString()).append(": paid more than owed");
        }
        return text.append(" (ref ").append(r.reference()).append(')').toString();
    }
}
