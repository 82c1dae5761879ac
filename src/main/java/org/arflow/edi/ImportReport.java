package org.arflow.edi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What an X12 import did, for the person or script that sent the file. A file that could not be
 * read has status FAILED and an {@link Error} that says where; an 835 whose envelope does not add
 * up is HELD for a person with the same kind of error (a supervisor may import it anyway).
 */
public record ImportReport(long fileId, String fileName, String transactionType, String status, boolean duplicateFile,
                           String message, Counts counts, Money money, List<String> warnings, Error error) {

    /** How many claims each thing happened to. */
    public record Counts(int claimsCreated, int claimsAlreadyKnown, int remittancesPosted, int remittancesAlreadyPosted,
                         int unmatched, int heldUnbalanced, int statusesRecorded, int statusesUnmatched,
                         int duplicatePayments, int conflictingPayments, int heldImplausible) {
    }

    /** Payment totals of 835 files: what the payer says it paid, what was posted, provider-level adjustments. */
    public record Money(BigDecimal paymentTotal, BigDecimal postedPaid, BigDecimal providerAdjustments,
                        BigDecimal interest) {
    }

    /** Where the file is broken: segment position and id, element position (0 when unknown). */
    public record Error(String message, String segmentTag, int segmentPosition, int elementPosition) {
    }

    public boolean failed() {
        return "FAILED".equals(status);
    }

    public boolean held() {
        return "HELD".equals(status);
    }

    /** The same report with these warnings before its own (what was noticed before parsing). */
    ImportReport withWarningsFirst(List<String> first) {
        if (first.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(first);
        all.addAll(warnings);
        return new ImportReport(fileId, fileName, transactionType, status, duplicateFile, message, counts, money,
                List.copyOf(all), error);
    }
}
