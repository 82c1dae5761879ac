package org.arflow.edi.x12;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One claim (CLM) of an 837 with the parties above it in the HL hierarchy. {@code claimId} is
 * CLM01, the provider's claim id (patient control number) that comes back as CLP01 in the 835.
 * {@code facilityCode} is CLM05-1 (place of service for 837P, facility type for 837I) and
 * {@code frequencyCode} CLM05-3 (1 original, 7 replacement, 8 void). {@code patient} is the
 * dependent (NM1*QC) when there is one, else the subscriber. {@code dates} are the claim-level
 * DTP segments by qualifier (431 onset, 439 accident, 434 statement, 472 service ...); dates of
 * other payers' loops are not included.
 */
public record ClaimSubmission(String transactionControlNumber, ClaimForm form, String claimId,
        BigDecimal totalCharge, String facilityCode, String frequencyCode, Party billingProvider, Person subscriber,
        Person patient, Party payer, Map<String, DateRange> dates, List<SubmittedServiceLine> serviceLines) {

    public ClaimSubmission {
        dates = Map.copyOf(dates);
        serviceLines = List.copyOf(serviceLines);
    }

    /**
     * The days of service: the claim's own DTP*472 or statement period (434) when given, else
     * the span of its lines' dates; null when the claim carries no service date at all.
     */
    public DateRange servicePeriod() {
        DateRange claimLevel = dates.containsKey("472") ? dates.get("472") : dates.get("434");
        if (claimLevel != null) {
            return claimLevel;
        }
        DateRange span = null;
        for (SubmittedServiceLine line : serviceLines) {
            span = DateRange.span(span, line.serviceDates());
        }
        return span;
    }
}
