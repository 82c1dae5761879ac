package org.arflow.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arflow.payers.Payer;

/**
 * The one place that says what claim-follow-up is started with and what a remittance tells it. The
 * posting, the restart recovery, the analysts' scenario suite and what-if all build their variables
 * here, so what they simulate is what production sends. ContractTest checks these names against bpmn/.
 */
public final class FollowUpContract {

    /** Variables claim-follow-up starts with (see the process's documentation). */
    public static final Set<String> START_VARIABLES = Set.of("claimId", "payerName", "payerClass", "billingTeam",
            "billedAmount", "expectedAmount", "dateOfService", "timelyFilingWarningAt", "timelyFilingDeadlineAt",
            "followUpDaysOverride", "appealDays");

    /** Variables of the remittance-received message. */
    public static final Set<String> REMITTANCE_VARIABLES = Set.of("remittanceStatusCode", "denied", "deniedAmount",
            "denialGroup", "denialReason", "denialReasonText", "deniedLines", "adjustmentCodes", "remarkCodes",
            "paidAmount", "patientResponsibility", "allowedShortfall", "balanceAfter", "waiverOnFile",
            "otherPayerOnFile", "remittanceReference");

    /** CLP02 codes of a claim processed and forwarded to the next payer (crossover). */
    private static final Set<String> FORWARDED = Set.of("19", "20", "21");
    /** Remarks that say the claim crossed over to a secondary payer. */
    private static final Set<String> CROSSOVER_REMARKS = Set.of("MA07", "MA18");

    private FollowUpContract() {
    }

    /** What claim-follow-up starts with for a claim of this payer. */
    public static Map<String, Object> startVariables(String claimId, Payer payer, BigDecimal billed, BigDecimal expected,
                                                     LocalDate serviceFrom) {
        Map<String, Object> v = new HashMap<>();
        v.put("claimId", claimId);
        v.put("payerName", payer.name());
        v.put("payerClass", payer.payerClass().name());
        v.put("billingTeam", payer.billingTeam());
        v.put("billedAmount", billed);
        v.put("expectedAmount", expected);
        v.put("dateOfService", serviceFrom.toString());
        v.put("timelyFilingWarningAt", startOfDayUtc(payer.timelyFilingWarningDate(serviceFrom)));
        v.put("timelyFilingDeadlineAt", startOfDayUtc(payer.timelyFilingDeadline(serviceFrom)));
        v.put("followUpDaysOverride", payer.followUpDaysOverride());
        v.put("appealDays", payer.appealDays());
        return v;
    }

    /**
     * What the remittance-received message carries for this remittance, posted on a claim that owed
     * {@code balanceBefore} and was expected to pay {@code expected} (null when no contract is known).
     */
    public static Map<String, Object> remittanceVariables(ClaimRemittance r, BigDecimal expected, BigDecimal balanceBefore,
                                                          PostingPolicy policy) {
        return variables(r, RemittanceFacts.of(r, expected, balanceBefore, policy));
    }

    static Map<String, Object> variables(ClaimRemittance r, RemittanceFacts facts) {
        DeniedLine largest = facts.largestDenial();
        List<String> remarks = RemittanceFacts.allRemarks(r);
        Map<String, Object> v = new HashMap<>();
        v.put("remittanceStatusCode", r.statusCode());
        v.put("denied", facts.denied() || largest != null);
        v.put("deniedAmount", facts.deniedAmount());
        v.put("denialGroup", largest == null ? null : largest.group());
        v.put("denialReason", largest == null ? null : largest.reason());
        v.put("denialReasonText", largest == null ? null : AdjustmentReasons.describe(largest.reason()));
        v.put("deniedLines", facts.deniedLines().stream().map(FollowUpContract::line).toList());
        v.put("adjustmentCodes", r.allAdjustments().stream().map(a -> a.group() + "-" + a.reason()).distinct().toList());
        v.put("remarkCodes", remarks);
        v.put("paidAmount", r.paid());
        v.put("patientResponsibility", r.patientResponsibilityOrZero());
        v.put("allowedShortfall", facts.allowedShortfall());
        v.put("balanceAfter", facts.balanceAfter());
        v.put("waiverOnFile", facts.waiverOnFile());
        // until the 837's other-payer loops are kept, a crossover named by the payer is the other payer arflow knows of
        v.put("otherPayerOnFile", FORWARDED.contains(r.statusCode()) || remarks.stream().anyMatch(CROSSOVER_REMARKS::contains));
        v.put("remittanceReference", r.reference());
        return v;
    }

    private static Map<String, Object> line(DeniedLine d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", d.line());
        m.put("procedureCode", d.procedureCode());
        m.put("group", d.group());
        m.put("reason", d.reason());
        m.put("amount", d.amount());
        m.put("remarkCodes", d.remarkCodes());
        m.put("text", d.describe());
        return m;
    }

    private static String startOfDayUtc(LocalDate date) {
        return date.atStartOfDay().atOffset(ZoneOffset.UTC).toString();
    }
}
