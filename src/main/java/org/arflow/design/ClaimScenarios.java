package org.arflow.design;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arflow.design.Scenario.AppealDecision;
import org.arflow.design.Scenario.Complete;
import org.arflow.design.Scenario.Remit;
import org.arflow.design.Scenario.Silence;
import org.arflow.design.Scenario.Status;

/** The lifecycle paths of claim-follow-up (see ClaimLifecycleTest), as scenarios a draft must pass. */
final class ClaimScenarios {

    static final String FOLLOW_UP = "claim-follow-up";
    private static final String APPEAL = "appeal";
    private static final String DOCUMENTATION = "documentation-request";
    private static final String WRITE_OFF = "write-off-review";

    private ClaimScenarios() {
    }

    static List<Scenario> all() {
        return List.of(
                new Scenario("Paid in full: claim closed", Set.of(), Map.of(), List.of(new Remit(paid(100))), "ClaimResolved"),
                new Scenario("Patient owes a share: balance handed to patient billing", Set.of(), Map.of(),
                        List.of(new Remit(paidWithPatientShare(70, 30))), "PatientBalanceHandedOff"),
                new Scenario("Denied for a billing error (CARC 16): corrected, resubmitted, then paid", Set.of(), Map.of(),
                        List.of(new Remit(denied("16")), new Complete("CorrectAndResubmit", Map.of("correctionOutcome", "RESUBMITTED")),
                                new Remit(paid(100))), "ClaimResolved"),
                new Scenario("Front-door rejection (277 A7): corrected, resubmitted, then paid", Set.of(), Map.of(),
                        List.of(new Status("A7"), new Complete("CorrectAndResubmit", Map.of("correctionOutcome", "RESUBMITTED")),
                                new Remit(paid(100))), "ClaimResolved"),
                new Scenario("Denied for medical necessity (CARC 50): appeal won, then paid", Set.of(APPEAL), Map.of(),
                        List.of(new Remit(denied("50")), new Complete("PrepareAppeal", Map.of("appealSummary", "notes")),
                                new Complete("ApproveAppeal", Map.of("appealApproved", true)), new AppealDecision(true),
                                new Remit(paid(100))), "ClaimResolved"),
                new Scenario("Appeal lost twice: written off after review", Set.of(APPEAL, WRITE_OFF), Map.of(),
                        List.of(new Remit(denied("96")), new Complete("PrepareAppeal", Map.of()),
                                new Complete("ApproveAppeal", Map.of("appealApproved", true)), new AppealDecision(false),
                                new Complete("PrepareAppeal", Map.of()), new Complete("ApproveAppeal", Map.of("appealApproved", true)),
                                new AppealDecision(false), approveWriteOff()), "WrittenOff"),
                new Scenario("Documentation requested (CARC 252): documents sent, then paid", Set.of(DOCUMENTATION), Map.of(),
                        List.of(new Remit(denied("252")), new Complete("GatherDocumentation", Map.of("documentsSent", "records")),
                                new Remit(paid(100))), "ClaimResolved"),
                new Scenario("Write-off sent back: reworked, then paid", Set.of(WRITE_OFF), Map.of(),
                        List.of(new Remit(denied("999")), new Complete("ReviewWriteOff",
                                        Map.of("writeOffDecision", "SENT_BACK", "instructions", "Call the payer")),
                                new Complete("ReworkClaim", Map.of("notes", "called")), new Remit(paid(100))), "ClaimResolved"),
                new Scenario("Coverage denial (CARC 27): billed to another payer", Set.of(), Map.of(),
                        List.of(new Remit(denied("27")), new Complete("VerifyCoverage", Map.of("coverageOutcome", "OTHER_PAYER_BILLED"))),
                        "BilledToOtherPayer"),
                new Scenario("Silent payer: inquiries unanswered, escalated to a supervisor, written off", Set.of(WRITE_OFF), Map.of(),
                        List.of(new Silence("DecideOnSilentPayer", Map.of("FollowUpWithPayer", Map.of("followUpOutcome", "PENDING"))),
                                new Complete("DecideOnSilentPayer", Map.of("escalationOutcome", "WRITE_OFF_REVIEW")),
                                approveWriteOff()), "WrittenOff"),
                new Scenario("Timely-filing deadline passed: written off after review", Set.of(WRITE_OFF),
                        Map.of("timelyFilingWarningAt", daysFromNow(-10), "timelyFilingDeadlineAt", daysFromNow(-1)),
                        List.of(approveWriteOff()), "WrittenOffAfterLapse"));
    }

    /** The scenarios that run through this process (claim-follow-up runs them all). */
    static List<Scenario> touching(String processId) {
        return all().stream().filter(s -> FOLLOW_UP.equals(processId) || s.touches().contains(processId)).toList();
    }

    /** What claim-follow-up starts with, as ClaimService gives it (a Medicare claim of 100.00). */
    static Map<String, Object> startVariables(String claimId, Map<String, Object> overrides) {
        Map<String, Object> v = new HashMap<>();
        v.put("claimId", claimId);
        v.put("payerName", "Scenario payer");
        v.put("payerClass", "MEDICARE");
        v.put("billingTeam", "Government payers");
        v.put("billedAmount", 100);
        v.put("expectedAmount", null);
        v.put("dateOfService", OffsetDateTime.now(ZoneOffset.UTC).toLocalDate().minusDays(10).toString());
        v.put("timelyFilingWarningAt", daysFromNow(300));
        v.put("timelyFilingDeadlineAt", daysFromNow(355));
        v.put("followUpDaysOverride", null);
        v.put("appealDays", 120);
        v.putAll(overrides);
        return v;
    }

    private static Complete approveWriteOff() {
        return new Complete("ReviewWriteOff", Map.of("writeOffDecision", "APPROVED", "writeOffReason", "scenario"));
    }

    private static String daysFromNow(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).plusDays(days).toString();
    }

    static Map<String, Object> paid(int amount) {
        return remittance("1", false, null, amount, 0);
    }

    static Map<String, Object> paidWithPatientShare(int amount, int patientShare) {
        return remittance("1", false, null, amount, patientShare);
    }

    static Map<String, Object> denied(String carc) {
        return remittance("4", true, carc, 0, 0);
    }

    private static Map<String, Object> remittance(String status, boolean denied, String carc, int paid, int patient) {
        Map<String, Object> v = new HashMap<>();
        v.put("remittanceStatusCode", status);
        v.put("denied", denied);
        v.put("denialReason", carc);
        v.put("denialReasonText", carc == null ? null : "CARC " + carc);
        v.put("paidAmount", paid);
        v.put("patientResponsibility", patient);
        v.put("allowedShortfall", 0);
        v.put("remarkCodes", List.of());
        v.put("remittanceReference", "SCENARIO");
        return v;
    }
}
