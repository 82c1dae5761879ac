package org.arflow.whatif;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** What claim-follow-up starts with for a simulated claim, as ClaimService gives it for a real one. */
final class ClaimStart {

    private ClaimStart() {
    }

    /** {@code startDate}: the engine's first simulated day (dates of service are relative to it). */
    static Map<String, Object> variables(SimClaim c, LocalDate startDate) {
        LocalDate serviceDate = startDate.plusDays(c.serviceDayOffset());
        Map<String, Object> v = new HashMap<>();
        v.put("claimId", c.claimId());
        v.put("payerName", c.payer.name());
        v.put("payerClass", c.payer.payerClass().name());
        v.put("billingTeam", c.payer.billingTeam());
        v.put("billedAmount", c.claim.total());
        v.put("expectedAmount", c.expected);
        v.put("dateOfService", serviceDate.toString());
        v.put("timelyFilingWarningAt", midnight(c.payer.timelyFilingWarningDate(serviceDate)));
        v.put("timelyFilingDeadlineAt", midnight(c.payer.timelyFilingDeadline(serviceDate)));
        v.put("followUpDaysOverride", c.payer.followUpDaysOverride());
        v.put("appealDays", c.payer.appealDays());
        return v;
    }

    private static String midnight(LocalDate date) {
        return date.atStartOfDay().atOffset(ZoneOffset.UTC).toString();
    }
}
