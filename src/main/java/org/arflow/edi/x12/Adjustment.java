package org.arflow.edi.x12;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One reason/amount/quantity triplet of a CAS segment: group (CO, PR, OA, PI), claim adjustment
 * reason code (CARC), amount (negative amounts are kept: they add money back) and quantity
 * (null when absent).
 */
public record Adjustment(String group, String reasonCode, BigDecimal amount, BigDecimal quantity) {

    /** A CAS carries up to six triplets after the group code (CAS02-04, CAS05-07, ... CAS17-19). */
    static List<Adjustment> fromCas(Segment cas) {
        String group = cas.required(1, "the adjustment group code");
        List<Adjustment> adjustments = new ArrayList<>();
        for (int reasonAt = 2; reasonAt <= 17; reasonAt += 3) {
            String reason = cas.text(reasonAt);
            if (reason == null) {
                if (cas.text(reasonAt + 1) != null) {
                    throw cas.error(reasonAt, "an adjustment amount has no reason code");
                }
                continue;
            }
            BigDecimal amount = cas.requiredAmount(reasonAt + 1, "the amount of reason " + reason);
            adjustments.add(new Adjustment(group, reason, amount, cas.amount(reasonAt + 2)));
        }
        if (adjustments.isEmpty()) {
            throw cas.error(2, "the adjustment has no reason code");
        }
        return adjustments;
    }

    static BigDecimal total(List<Adjustment> adjustments) {
        return adjustments.stream().map(Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
