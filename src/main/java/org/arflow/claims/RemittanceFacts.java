package org.arflow.claims;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the remittance-routing decision needs to know about one remittance: whether it is a denial,
 * the first reason that is neither contractual nor the patient's, and the shortfall against the
 * expected (contracted) amount.
 */
record RemittanceFacts(boolean denied, Adjustment denialAdjustment, BigDecimal payerAdjustments,
                       BigDecimal allowedShortfall) {

    static RemittanceFacts of(ClaimRemittance r, BigDecimal expectedAmount) {
        Optional<Adjustment> denial = r.allAdjustments().stream()
                .filter(a -> !a.isPatientResponsibility() && !a.isContractual())
                .filter(a -> a.amount().signum() != 0)
                .findFirst();
        boolean denied = "4".equals(r.statusCode()) || (r.paid().signum() == 0 && denial.isPresent());
        // a denial's adjustments say why nothing was paid; the money is still owed until the claim is
        // corrected, appealed or written off, so they do not lower the balance
        BigDecimal payerAdjustments = denied ? BigDecimal.ZERO : r.allAdjustments().stream()
                .filter(a -> !a.isPatientResponsibility())
                .map(Adjustment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal shortfall = BigDecimal.ZERO;
        if (expectedAmount != null && !denied && !r.isReversal()) {
            shortfall = expectedAmount.subtract(r.paid()).subtract(r.patientResponsibilityOrZero()).max(BigDecimal.ZERO);
        }
        return new RemittanceFacts(denied, denial.orElse(null), payerAdjustments, shortfall);
    }

    Map<String, Object> variables(ClaimRemittance r) {
        Map<String, Object> v = new HashMap<>();
        v.put("remittanceStatusCode", r.statusCode());
        v.put("denied", denied);
        v.put("denialReason", denialAdjustment == null ? null : denialAdjustment.reason());
        v.put("denialReasonText", denialAdjustment == null ? null : AdjustmentReasons.describe(denialAdjustment.reason()));
        v.put("paidAmount", r.paid());
        v.put("patientResponsibility", r.patientResponsibilityOrZero());
        v.put("allowedShortfall", allowedShortfall);
        v.put("remarkCodes", r.remarkCodesOrEmpty());
        v.put("remittanceReference", r.reference());
        return v;
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
        return text.append(" (ref ").append(r.reference()).append(')').toString();
    }
}
