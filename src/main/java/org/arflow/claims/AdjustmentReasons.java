package org.arflow.claims;

import java.util.Map;

/** Claim adjustment reason codes (CARC) and remark codes in words, for people and for routing reasons. */
public final class AdjustmentReasons {

    private static final Map<String, String> CARC = Map.ofEntries(
            Map.entry("1", "Deductible amount"),
            Map.entry("2", "Coinsurance amount"),
            Map.entry("3", "Co-payment amount"),
            Map.entry("4", "Procedure code inconsistent with the modifier, or modifier missing"),
            Map.entry("11", "Diagnosis inconsistent with the procedure"),
            Map.entry("16", "Claim lacks information or has submission/billing errors"),
            Map.entry("18", "Exact duplicate claim or service"),
            Map.entry("22", "May be covered by another payer (coordination of benefits)"),
            Map.entry("23", "Impact of prior payer(s) adjudication"),
            Map.entry("27", "Expenses incurred after coverage terminated"),
            Map.entry("29", "The time limit for filing has expired"),
            Map.entry("31", "Patient cannot be identified as our insured"),
            Map.entry("45", "Charge exceeds fee schedule / maximum allowable (contractual)"),
            Map.entry("50", "Not deemed a medical necessity by the payer"),
            Map.entry("96", "Non-covered charge(s)"),
            Map.entry("97", "Included in the payment for another service (bundled)"),
            Map.entry("109", "Not covered by this payer; submit to the correct payer"),
            Map.entry("197", "Precertification/authorization/notification absent"),
            Map.entry("204", "Service not covered under the patient's current benefit plan"),
            Map.entry("252", "An attachment or other documentation is required"),
            Map.entry("253", "Sequestration - reduction in federal payment"));

    /** Remark codes (RARC) billers meet most; others are shown by code. */
    private static final Map<String, String> RARC = Map.of(
            "N14", "Payment based on a contractual amount or agreement, fee schedule or maximum allowable amount",
            "MA02", "You have the right to appeal this decision",
            "MA130", "Claim is unprocessable: incomplete or invalid information; submit a new claim, not an appeal",
            "N206", "The supporting documentation does not match the information sent on the claim",
            "N211", "You may not appeal this decision");

    private static final Map<String, String> GROUPS = Map.of(
            "CO", "Contractual obligation (not billable to the patient)",
            "PR", "Patient responsibility",
            "OA", "Other adjustment",
            "PI", "Payer-initiated reduction");

    private AdjustmentReasons() {
    }

    /** "CARC 16: Claim lacks information ..." or "CARC 999" for codes not in the list. */
    public static String describe(String reasonCode) {
        String words = CARC.get(reasonCode);
        return words == null ? "CARC " + reasonCode : "CARC " + reasonCode + ": " + words;
    }

    /** "RARC N211: You may not appeal this decision" or "RARC X99" for codes not in the list. */
    public static String describeRemark(String remarkCode) {
        String words = RARC.get(remarkCode);
        return words == null ? "RARC " + remarkCode : "RARC " + remarkCode + ": " + words;
    }

    public static String describeGroup(String group) {
        return GROUPS.getOrDefault(group, group);
    }
}
