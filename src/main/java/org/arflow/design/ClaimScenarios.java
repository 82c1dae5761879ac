package org.arflow.design;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arflow.claims.Adjustment;
import org.arflow.claims.ClaimRemittance;
import org.arflow.claims.FollowUpContract;
import org.arflow.claims.PostingPolicy;
import org.arflow.design.Scenario.AppealDecision;
import org.arflow.design.Scenario.Complete;
import org.arflow.design.Scenario.Remit;
import org.arflow.design.Scenario.Silence;
import org.arflow.design.Scenario.Status;
import org.arflow.payers.Payer;
import org.arflow.payers.PayerClass;

/** The lifecycle paths of claim-follow-up (see ClaimLifecycleTest), as scenarios a draft must pass. */
final class ClaimScenarios {

    static final String FOLLOW_UP = "claim-follow-up";
    private static final String APPEAL = "appeal";
    private static final String DOCUMENTATION = "documentation-request";
    private static final String WRITE_OFF = "write-off-review";
    private static final String CREDIT = "credit-balance-review";
    private static final BigDecimal BILLED = BigDecimal.valueOf(100);
    private static final Payer PAYER = new Payer(0, "Scenario payer", null, PayerClass.MEDICARE, 365, 55, 120, 14, null,
            "Government payers");

    private ClaimScenarios() {
    }

    static List<Scenario> all() {
        return List.of(
                new Scenario("Paid in full: claim closed", Set.of(), Map.of(), List.of(new Remit(paid(100))), "ClaimResolved"),
                new Scenario("Patient owes a share: balance handed to patient billing", Set.of(), Map.of(),
                        List.of(new Remit(paidWithPatientShare(70, 30))), "PatientBalanceHandedOff"),
                new Scenario("Denied for a coding error (CARC 4): corrected, resubmitted, then paid", Set.of(), Map.of(),
                        List.of(new Remit(denied("4")), new Complete("CorrectAndResubmit", Map.of("correctionOutcome", "RESUBMITTED")),
                                new Remit(paid(100))), "ClaimResolved"),
                new Scenario("Front-door rejection (277 A7): corrected, resubmitted, then paid", Set.of(), Map.of(),
                        List.of(new Status("A7"), new Complete("CorrectAndResubmit", Map.of("correctionOutcome", "RESUBMITTED")),
                                new Remit(paid(100))), "ClaimResolved"),
                new Scenario("Denied for medical necessity (CARC 50): appeal won, then paid", Set.of(APPEAL), Map.of(),
                        List.of(new Remit(denied("50")), new Complete("PrepareAppeal", Map.of("appealSummary", "notes")),
                                new Complete("ApproveAppeal", Map.of("appealApproved", true)), new AppealDecision(true),
                                new Remit(paid(100))), "ClaimResolved"),
                new Scenario("Appeal lost twice: written off after review", Set.of(APPEAL, WRITE_OFF), Map.of(),
                        List.of(new Remit(denied("50")), new Complete("PrepareAppeal", Map.of()),
                                new Complete("ApproveAppeal", Map.of("appealApproved", true)), new AppealDecision(false),
                                new Complete("PrepareAppeal", Map.of()), new Complete("ApproveAppeal", Map.of("appealApproved", true)),
                                new AppealDecision(false), approveWriteOff()), "WrittenOff"),
                new Scenario("Documentation requested (CARC 252): documents sent, then paid", Set.of(DOCUMENTATION), Map.of(),
                        List.of(new Remit(denied("252")), new Complete("GatherDocumentation", Map.of("documentsSent", "records")),
                                new Remit(paid(100))), "ClaimResolved"),
                new Scenario("Write-off sent back: reworked, then paid", Set.of(WRITE_OFF), Map.of(),
                        List.of(new Remit(denied("29")), new Complete("ReviewWriteOff",
                                        Map.of("writeOffDecision", "SENT_BACK", "instructions", "Call the payer")),
                                new Complete("ReworkClaim", Map.of("notes", "called")), new Remit(paid(100))), "ClaimResolved"),
                new Scenario("Coverage denial (CARC 27): billed to another payer", Set.of(), Map.of(),
                        List.of(new Remit(denied("27")), new Complete("VerifyCoverage", Map.of("coverageOutcome", "OTHER_PAYER_BILLED"))),
                        "BilledToOtherPayer"),
                new Scenario("Partly denied (CO-197 on a paid line): the team resubmits, then paid", Set.of(), Map.of(),
                        List.of(new Remit(partlyDenied(60, "CO", "197", 40)),
                                new Complete("WorkDenial", Map.of("denialOutcome", "RESUBMITTED")), new Remit(paid(40))),
                        "ClaimResolved"),
                new Scenario("Paid more than billed: credit balance left for the payer to recoup", Set.of(CREDIT), Map.of(),
                        List.of(new Remit(paid(150)),
                                new Complete("ReviewCreditBalance", Map.of("creditOutcome", "AWAIT_RECOUPMENT"))),
                        "CreditBalanceResolved"),
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

    /** What claim-follow-up starts with, built as for a real claim (a Medicare claim of 100.00 served 10 days ago). */
    static Map<String, Object> startVariables(String claimId, Map<String, Object> overrides) {
        Map<String, Object> v = new HashMap<>(FollowUpContract.startVariables(claimId, PAYER, BILLED, null,
                OffsetDateTime.now(ZoneOffset.UTC).toLocalDate().minusDays(10)));
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
        return remittance("1", amount, 0, List.of(), List.of());
    }

    static Map<String, Object> paidWithPatientShare(int amount, int patientShare) {
        return remittance("1", amount, patientShare, List.of(), List.of());
    }

    static Map<String, Object> denied(String carc) {
        return remittance("4", 0, 0, List.of(new Adjustment("CO", carc, BILLED, null)), List.of());
    }

    /** Paid in part, one line adjusted with this group and reason. */
    static Map<String, Object> partlyDenied(int paid, String group, String carc, int denied) {
        var line = new ClaimRemittance.RemittanceLine("99213", List.of(), BILLED, BigDecimal.valueOf(paid), BigDecimal.ONE,
                null, List.of(new Adjustment(group, carc, BigDecimal.valueOf(denied), null)), List.of());
        return remittance("1", paid, 0, List.of(), List.of(line));
    }

    /**
     * A remittance of the scenario claim, with the variables the posting would give the process. The
     * scenarios' remittances use no code of the no-work list, so that list does not change what they mean.
     */
    private static Map<String, Object> remittance(String status, int paid, int patient, List<Adjustment> adjustments,
                                                  List<ClaimRemittance.RemittanceLine> lines) {
        ClaimRemittance r = new ClaimRemittance("SCENARIO", status, BILLED, BigDecimal.valueOf(paid),
                BigDecimal.valueOf(patient), null, LocalDate.now(ZoneOffset.UTC), adjustments, List.of(), lines);
        return FollowUpContract.remittanceVariables(r, null, BILLED, new PostingPolicy(Set.of(), BigDecimal.ZERO));
    }
}
