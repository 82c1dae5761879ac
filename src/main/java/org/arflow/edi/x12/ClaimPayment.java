package org.arflow.edi.x12;

import java.math.BigDecimal;
import java.util.List;

/**
 * One CLP loop of an 835: the payer's decision on one claim. {@code claimId} is CLP01, the
 * provider's own claim id (the match key to the 837). Amounts are as the payer sent them: a
 * reversal (status 22) carries the original amounts negated. {@code adjustments} are the
 * claim-level CAS only; line-level ones sit on their lines. {@code remarkCodes} come from MIA/MOA.
 * {@code interest} is AMT*I (the prompt-pay interest paid with this claim), null when absent.
 */
public record ClaimPayment(String claimId, String statusCode, BigDecimal charge, BigDecimal paid,
        BigDecimal patientResponsibility, String filingIndicator, String payerClaimControlNumber,
        Person patient, DateRange statementPeriod, List<Adjustment> adjustments, List<String> remarkCodes,
        List<ServiceLinePayment> serviceLines, BigDecimal interest) {

    /** CLP02 22: the payer takes back an earlier payment of this claim. */
    public static final String REVERSAL = "22";

    public ClaimPayment {
        adjustments = List.copyOf(adjustments);
        remarkCodes = List.copyOf(remarkCodes);
        serviceLines = List.copyOf(serviceLines);
    }

    public boolean isReversal() {
        return REVERSAL.equals(statusCode);
    }
}
