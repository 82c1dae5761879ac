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
    int conflictingPayments;
    int heldImplausible;
    BigDecimal paymentTotal = BigDecimal.ZERO;
    BigDecimal postedPaid = BigDecimal.ZERO;
    BigDecimal providerAdjustments = BigDecimal.ZERO;
    BigDecimal interest = BigDecimal.ZERO;
    final List<String> warnings = new ArrayList<>();

    ImportReport finish(long fileId, String fileName, String type, String message) {
        return new ImportReport(fileId, fileName, type, "IMPORTED", false, message,
                new ImportReport.Counts(claimsCreated, claimsAlreadyKnown, remittancesPosted, remittancesAlreadyPosted,
                        unmatched, heldUnbalanced, statusesRecorded, statusesUnmatched, duplicatePayments,
                        conflictingPayments, heldImplausible),
                new ImportReport.Money(paymentTotal, postedPaid, providerAdjustments, interest), List.copyOf(warnings),
                null);
    }

    static ImportReport failed(long fileId, String fileName, String type, ImportReport.Error error) {
        return nothingDone(fileId, fileName, type, "FAILED", error.message(), List.of(), error);
    }

    /** Nothing imported yet: the file waits for a person (its envelope does not add up). */
    static ImportReport held(long fileId, String fileName, String type, String message, List<String> warnings,
                             ImportReport.Error error) {
        return nothingDone(fileId, fileName, type, "HELD", message, warnings, error);
    }

    private static ImportReport nothingDone(long fileId, String fileName, String type, String status, String message,
                                            List<String> warnings, ImportReport.Error error) {
        return new ImportReport(fileId, fileName, type, status, false, message,
                new ImportReport.Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                new ImportReport.Money(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO),
                List.copyOf(warnings), error);
    }

    static ImportReport.Error error(org.arflow.edi.x12.X12FormatException e) {
        return new ImportReport.Error(e.getMessage(), e.segmentTag(), e.segmentPosition(), e.elementPosition());
    }
}
