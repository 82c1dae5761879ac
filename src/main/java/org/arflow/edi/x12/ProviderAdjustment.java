package org.arflow.edi.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One adjustment of a PLB segment (a PLB carries up to six): money the payer adds or takes at
 * provider level, not tied to a claim. {@code reasonCode} and {@code reference} are the two
 * parts of the adjustment identifier composite (e.g. WO : the claim it refers to). A positive
 * amount reduces the payment, a negative one increases it.
 */
public record ProviderAdjustment(String providerId, LocalDate fiscalPeriodDate, String reasonCode,
        String reference, BigDecimal amount) {

    /** A PLB has the provider and period, then up to six id/amount pairs (PLB03/04 ... PLB13/14). */
    static List<ProviderAdjustment> fromPlb(Segment plb) {
        String provider = plb.required(1, "the provider id (PLB01)");
        LocalDate period = plb.requiredDate(2, "the fiscal period date (PLB02)");
        List<ProviderAdjustment> adjustments = new ArrayList<>();
        for (int idAt = 3; idAt <= 13; idAt += 2) {
            String reason = plb.component(idAt, 1);
            if (reason == null) {
                if (plb.text(idAt + 1) != null) {
                    throw plb.error(idAt, "a provider adjustment amount has no reason code");
                }
                continue;
            }
            BigDecimal amount = plb.requiredAmount(idAt + 1, "the amount of provider adjustment " + reason);
            adjustments.add(new ProviderAdjustment(provider, period, reason, plb.component(idAt, 2), amount));
        }
        if (adjustments.isEmpty()) {
            throw plb.error(3, "the provider adjustment has no reason code");
        }
        return adjustments;
    }
}
