package org.arflow.edi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The report of one import while it runs. */
final class ReportDraft {

    int claimsCreated;
    int claimsAlreadyKnown;
    int remittancesPosted;
    int remittancesAlreadyPosted;
    int unmatched;
    int heldUnbalanced;
    int statusesRecorded;
    int statusesUnmatched;
    int duplicatePayments;
    BigDecimal paymentTotal = BigDecimal.ZERO;
    BigDecimal postedPaid = BigDecimal.ZERO;
    BigDecimal providerAdjustments = BigDecimal.ZERO;
    final List<String> warnings = new ArrayList<>();

    ImportReport finish(long fileId, String fileName, String type, String message) {
        return new ImportReport(fileId, fileName, type, "IMPORTED", false, message,
                new ImportReport.Counts(claimsCreated, claimsAlreadyKnown, remittancesPosted, remittancesAlreadyPosted,
                        unmatched, heldUnbalanced, statusesRecorded, statusesUnmatched, duplicatePayments),
                new ImportReport.Money(paymentTotal, postedPaid, providerAdjustments), List.copyOf(warnings), null);
    }

    static ImportReport failed(long fileId, String fileName, String type, ImportReport.Error error) {
        return new ImportReport(fileId, fileName, type, "FAILED", false, error.message(),
                new ImportReport.Counts(0, 0, 0, 0, 0, 0, 0, 0, 0),
                new ImportReport.Money(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO), List.of(), error);
    }
}
