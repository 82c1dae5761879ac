package org.arflow.edi.x12;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one 837 claim (loop 2300) and its lines (2400). Other-payer loops (2320/2330, from
 * the claim's SBR on) and line adjudication loops (2430) repeat NM1, DTP and CAS segments that
 * belong to other payers: they are skipped so they cannot overwrite this claim's values.
 */
final class SubmissionLoop {

    private final String transactionControlNumber;
    private final ClaimForm form;
    private final HierarchyLevel parties;
    private final String claimId;
    private final BigDecimal totalCharge;
    private final String facilityCode;
    private final String frequencyCode;
    private final Map<String, DateRange> dates = new HashMap<>();
    private final List<SubmittedServiceLine> lines = new ArrayList<>();
    private boolean inOtherPayerLoop;
    private Segment lx;
    private Segment service;
    private DateRange lineDates;

    SubmissionLoop(Segment clm, HierarchyLevel parties, String transactionControlNumber, ClaimForm form) {
        this.transactionControlNumber = transactionControlNumber;
        this.form = form;
        this.parties = parties;
        claimId = clm.required(1, "the claim id (CLM01)");
        totalCharge = clm.requiredAmount(2, "the total charge (CLM02)");
        if (totalCharge.signum() <= 0) {
            throw clm.error(2, "the total charge (CLM02) must be more than zero, it is " + totalCharge.toPlainString());
        }
        facilityCode = clm.component(5, 1);
        frequencyCode = clm.component(5, 3);
        if (parties == null || !(parties.code().equals("22") || parties.code().equals("23"))) {
            throw clm.error(X12FormatException.UNKNOWN, "claim " + claimId + " is not inside a subscriber or patient HL");
        }
        if (parties.subscriber == null) {
            throw clm.error(X12FormatException.UNKNOWN, "claim " + claimId + " has no subscriber (NM1*IL) above it");
        }
    }

    void accept(Segment segment) {
        switch (segment.tag()) {
            case "LX" -> {
                endLine();
                lx = segment;
            }
            case "SBR" -> inOtherPayerLoop = true;
            case "SV1", "SV2" -> {
                if (lx == null) {
                    throw segment.error(X12FormatException.UNKNOWN, "service line of claim " + claimId
                            + " has no LX before it");
                }
                service = segment;
            }
            case "DTP" -> date(segment);
            default -> {
                // HI, REF, NM1 of providers, CR*, PWK, NTE ... are not needed
            }
        }
    }

    private void date(Segment dtp) {
        if (lx != null) {
            if (service != null && dtp.is(1, "472")) {
                lineDates = dtp.period(2, 3);
            }
        } else if (!inOtherPayerLoop) {
            DateRange period = dtp.period(2, 3);
            if (period != null) {
                dates.put(dtp.required(1, "the date qualifier"), period);
            }
        }
    }

    private void endLine() {
        if (lx == null) {
            return;
        }
        if (service == null) {
            throw lx.error(X12FormatException.UNKNOWN, "service line of claim " + claimId + " has no SV1/SV2 segment");
        }
        lines.add(ServiceLines.read(lx, service, lineDates));
        lx = null;
        service = null;
        lineDates = null;
    }

    ClaimSubmission finish() {
        endLine();
        Person patient = parties.patient != null ? parties.patient : parties.subscriber;
        return new ClaimSubmission(transactionControlNumber, form, claimId, totalCharge, facilityCode, frequencyCode,
                parties.billingProvider, parties.subscriber, patient, parties.payer, dates, lines);
    }
}
