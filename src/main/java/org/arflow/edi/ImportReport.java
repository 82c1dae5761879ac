package org.arflow.edi;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an X12 import did, for the person or script that sent the file. A file that could not be
 * read has status FAILED and an {@link Error} that says where.
 */
public record ImportReport(long fileId, String fileName, String transactionType, String status, boolean duplicateFile,
                           String message, Counts counts, Money money, List<String> warnings, Error error) {

    /** How many claims each thing happened to. */
    public record Counts(int claimsCreated, int claimsAlreadyKnown, int remittancesPosted, int remittancesAlreadyPosted,
                         int unmatched, int heldUnbalanced, int statusesRecorded, int statusesUnmatched,
                         int duplicatePayments) {
    }

    /** Payment totals of 835 files: what the payer says it paid, what was posted, provider-level adjustments. */
    public record Money(BigDecimal paymentTotal, BigDecimal postedPaid, BigDecimal providerAdjustments) {
    }

    /** Where the file is broken: segment position and id, element position (0 when unknown). */
    public record Error(String message, String segmentTag, int segmentPosition, int elementPosition) {
    }

    public boolean failed() {
        return "FAILED".equals(status);
    }
}
