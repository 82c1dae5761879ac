package org.arflow.edi.x12;

import java.util.List;

/**
 * The claim-level answer of a 277 (status response, 005010X212) or 277CA (acknowledgement,
 * 005010X214) about one claim. {@code claimId} is TRN02 of the claim level: the trace the
 * provider sent (its claim id in the 837 or the trace of the 276). {@code patientControlNumber}
 * is REF*EJ (CLM01 of the 837) when the payer echoes it; {@code payerClaimControlNumber} is
 * REF*1K. Statuses of single service lines are not included. Statuses at the information
 * receiver or provider level (e.g. a whole batch rejected) are not claim-level and not returned.
 */
public record ClaimStatusResponse(String transactionControlNumber, String implementationGuide, String claimId,
        String patientControlNumber, String payerClaimControlNumber, Party payer, Party provider,
        DateRange serviceDates, List<ClaimStatus> statuses) {

    public ClaimStatusResponse {
        statuses = List.copyOf(statuses);
    }
}
