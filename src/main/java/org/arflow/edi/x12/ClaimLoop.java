package org.arflow.edi.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.arflow.claims.MoneyRules;

/**
 * Collects one 835 CLP loop (loop 2100 and its SVC loops 2110) as its segments go by. A CAS
 * before the first SVC is claim-level, after it line-level; segments we do not need (AMT, QTY,
 * other NM1 and REF, PER) are skipped.
 */
final class ClaimLoop {

    /** CLP02 codes of 5010: primary/secondary/tertiary, denied, processed and forwarded, reversal, not ours, predetermination. */
    private static final int[] MIA_REMARKS = {5, 20, 21, 22, 23};
    private static final int[] MOA_REMARKS = {3, 4, 5, 6, 7};

    private final String claimId;
    private final String status;
    private final BigDecimal charge;
    private final BigDecimal paid;
    private final BigDecimal patientResponsibility;
    private final String filingIndicator;
    private final String payerClaimControlNumber;
    private final List<Adjustment> adjustments = new ArrayList<>();
    private final List<String> remarkCodes = new ArrayList<>();
    private final List<ServiceLinePayment> lines = new ArrayList<>();
    private Person patient;
    private DateRange statementPeriod;
    private LineLoop line;
    private BigDecimal interest;

    ClaimLoop(Segment clp) {
        // read everything now so that a bad value is reported at the CLP itself
        claimId = clp.required(1, "the claim id (CLP01)");
        status = clp.required(2, "the claim status (CLP02)");
        if (!MoneyRules.CLAIM_STATUS_CODES.contains(status)) {
            throw clp.error(2, "'" + (status.length() > 5 ? status.substring(0, 5) + "..." : status)
                    + "' is not a claim status code (CLP02 is 1, 2, 3, 4, 19, 20, 21, 22, 23 or 25)");
        }
        charge = clp.requiredAmount(3, "the charge (CLP03)");
        paid = clp.requiredAmount(4, "the payment (CLP04)");
        BigDecimal responsibility = clp.amount(5);
        patientResponsibility = responsibility == null ? BigDecimal.ZERO : responsibility;
        filingIndicator = clp.text(6);
        payerClaimControlNumber = clp.text(7);
    }

    void accept(Segment segment) {
        if (segment.tag().equals("SVC")) {
            endLine();
            line = new LineLoop(segment);
        } else if (line != null) {
            line.accept(segment);
        } else {
            acceptClaimLevel(segment);
        }
    }

    private void acceptClaimLevel(Segment segment) {
        switch (segment.tag()) {
            case "CAS" -> adjustments.addAll(Adjustment.fromCas(segment));
            case "NM1" -> {
                if (segment.is(1, "QC")) {
                    patient = Person.fromNm1(segment);
                }
            }
            case "MIA" -> addRemarks(segment, MIA_REMARKS);
            case "MOA" -> addRemarks(segment, MOA_REMARKS);
            case "DTM" -> statementDate(segment);
            case "AMT" -> {
                if (segment.is(1, "I")) {
                    interest = segment.requiredAmount(2, "the interest amount (AMT02)");
                }
            }
            default -> {
                // not needed for posting or follow-up
            }
        }
    }

    private void statementDate(Segment dtm) {
        if (dtm.is(1, "232")) {
            LocalDate from = dtm.requiredDate(2, "the statement start date");
            statementPeriod = new DateRange(from, statementPeriod == null ? null : statementPeriod.to());
        } else if (dtm.is(1, "233")) {
            LocalDate to = dtm.requiredDate(2, "the statement end date");
            statementPeriod = new DateRange(statementPeriod == null ? null : statementPeriod.from(), to);
        }
    }

    private void addRemarks(Segment segment, int[] elements) {
        for (int element : elements) {
            String code = segment.text(element);
            if (code != null) {
                remarkCodes.add(code);
            }
        }
    }

    private void endLine() {
        if (line != null) {
            lines.add(line.finish());
            line = null;
        }
    }

    ClaimPayment finish() {
        endLine();
        return new ClaimPayment(claimId, status, charge, paid, patientResponsibility, filingIndicator,
                payerClaimControlNumber, patient, statementPeriod, adjustments, remarkCodes, lines, interest);
    }
}
