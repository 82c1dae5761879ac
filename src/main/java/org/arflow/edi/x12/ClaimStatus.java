package org.arflow.edi.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One status of a claim from an STC segment: category code (A1 received, A3/A7 rejected, P3
 * information requested, F1 paid, F2 denied, E errors ...), status code, and the entity the
 * status is about (e.g. 85 billing provider, QC patient; null when not given).
 * {@code effectiveDate} is STC02; {@code totalCharge} STC04 and {@code paidAmount} STC05, null
 * when absent. An STC may carry two more statuses (STC10, STC11): they share the date and amounts.
 */
public record ClaimStatus(String categoryCode, String statusCode, String entityCode, LocalDate effectiveDate,
        BigDecimal totalCharge, BigDecimal paidAmount) {

    static List<ClaimStatus> fromStc(Segment stc) {
        stc.required(1, "the status (STC01)");
        LocalDate date = stc.date(2);
        BigDecimal charge = stc.amount(4);
        BigDecimal paid = stc.amount(5);
        List<ClaimStatus> statuses = new ArrayList<>();
        for (int at : new int[] {1, 10, 11}) {
            String category = stc.component(at, 1);
            if (category != null) {
                statuses.add(new ClaimStatus(category, stc.component(at, 2), stc.component(at, 3), date, charge, paid));
            }
        }
        return statuses;
    }

    /** Category A3, A4, A6, A7, A8: the claim was not taken in and must be fixed and sent again. */
    public boolean isRejection() {
        return switch (categoryCode) {
            case "A3", "A4", "A6", "A7", "A8" -> true;
            default -> false;
        };
    }
}
