package org.arflow.claims;

import static org.arflow.claims.LifecycleDriver.adj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.arflow.IntegrationTest;
import org.arflow.tasks.StaleTaskException;
import org.arflow.tasks.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of claim-follow-up on the real engine (embedded Zeebe Process Test engine), with the
 * real DMN decisions, the real workers and the real task list; the payer is played by the test.
 */
@IntegrationTest
class ClaimLifecycleTest {

    @Autowired
    LifecycleDriver office;
    @Autowired
    ClaimService claims;

    @Test
    void claim_paid_in_full_is_closed() {
        office.submit("LC-PAID", "Medicare", 10, "100.00", null);

        office.remit("LC-PAID", "T1-1", "1", "100.00", "100.00", "0");

        office.awaitEndedAt("LC-PAID", "ClaimResolved");
        Claim claim = office.awaitStage("LC-PAID", ClaimStage.CLOSED);
        assertThat(claim.balance()).isEqualByComparingTo("0");
        assertThat(claim.closedAt()).isNotNull();
    }

    @Test
    void claim_with_contractual_adjustment_only_is_closed() {
        office.submit("LC-CONTRACT", "Medicare", 10, "150.00", null);

        office.remit("LC-CONTRACT", "T2-1", "1", "150.00", "110.00", "0", adj("CO", "45", "40.00"));

        office.awaitEndedAt("LC-CONTRACT", "ClaimResolved");
        Claim claim = claims.get("LC-CONTRACT");
        assertThat(claim.adjustedAmount()).isEqualByComparingTo("40.00");
        assertThat(claim.balance()).isEqualByComparingTo("0");
    }

    @Test
    void patient_responsibility_is_handed_to_the_patient_side() {
        office.submit("LC-PATIENT", "Medicare", 10, "200.00", null);

        office.remit("LC-PATIENT", "T3-1", "1", "200.00", "120.00", "50.00",
                adj("CO", "45", "30.00"), adj("PR", "1", "50.00"));

        office.awaitEndedAt("LC-PATIENT", "PatientBalanceHandedOff");
        Claim claim = office.awaitStage("LC-PATIENT", ClaimStage.PATIENT_BALANCE);
        assertThat(claim.patientResponsibility()).isEqualByComparingTo("50.00");
        assertThat(claim.balance()).isEqualByComparingTo("0");
    }

    @Test
    void denial_for_missing_documentation_runs_a_documentation_request_and_waits_again() {
        office.submit("LC-DOC252", "Medicare", 10, "300.00", null);

        office.remit("LC-DOC252", "T4-1", "4", "300.00", "0", "0", adj("CO", "252", "300.00"));

        UserTask gather = office.awaitTask("LC-DOC252", "GatherDocumentation");
        assertThat(gather.candidateGroups()).containsExactly("Government payers");
        assertThat(gather.variables()).containsEntry("denialReasonText",
                "CARC 252: An attachment or other documentation is required");
        office.complete("LC-DOC252", "GatherDocumentation", Map.of("documentsSent", "records", "notes", "faxed"));

        office.awaitPassed("LC-DOC252", "SendDocumentation", "DocumentationRequest");
        office.awaitStage("LC-DOC252", ClaimStage.AWAITING_PAYER);
        assertThat(claims.timeline("LC-DOC252")).extracting(ClaimEvent::kind)
                .contains("REMITTANCE", "TASK_OPENED", "TASK_COMPLETED", "DOCUMENTATION_SENT");
    }

    @Test
    void denial_for_a_coding_error_is_corrected_and_resubmitted() {
        office.submit("LC-DEN16", "Medicare", 10, "80.00", null);

        office.remit("LC-DEN16", "T5-1", "4", "80.00", "0", "0", adj("CO", "4", "80.00"));
        assertThat(claims.get("LC-DEN16").balance()).as("a denial leaves the money owed").isEqualByComparingTo("80.00");
        office.complete("LC-DEN16", "CorrectAndResubmit", Map.of("correctionOutcome", "RESUBMITTED"));

        office.awaitPassed("LC-DEN16", "RecordResubmission");
        office.awaitStage("LC-DEN16", ClaimStage.AWAITING_PAYER);
    }

    @Test
    void coverage_denial_goes_to_another_payer() {
        office.submit("LC-DEN27", "Medicare", 10, "90.00", null);

        office.remit("LC-DEN27", "T6-1", "4", "90.00", "0", "0", adj("CO", "27", "90.00"));
        office.complete("LC-DEN27", "VerifyCoverage", Map.of("coverageOutcome", "OTHER_PAYER_BILLED"));

        office.awaitEndedAt("LC-DEN27", "BilledToOtherPayer");
        office.awaitStage("LC-DEN27", ClaimStage.BILLED_TO_OTHER_PAYER);
    }

    @Test
    void timely_filing_denial_goes_to_write_off_review_and_is_written_off_when_approved() {
        office.submit("LC-DEN29", "Medicare", 10, "70.00", null);

        office.remit("LC-DEN29", "T7-1", "4", "70.00", "0", "0", adj("CO", "29", "70.00"));
        office.complete("LC-DEN29", "ReviewWriteOff",
                Map.of("writeOffDecision", "APPROVED", "writeOffReason", "Filed late, not appealable"));

        office.awaitEndedAt("LC-DEN29", "WrittenOff");
        Claim claim = office.awaitStage("LC-DEN29", ClaimStage.WRITTEN_OFF);
        assertThat(claim.balance()).isEqualByComparingTo("0");
        assertThat(claims.timeline("LC-DEN29")).anyMatch(e -> e.description().contains("Filed late, not appealable"));
    }

    @Test
    void write_off_sent_back_is_reworked_and_waits_again() {
        office.submit("LC-BACK", "Medicare", 10, "70.00", null);

        office.remit("LC-BACK", "T8-1", "4", "70.00", "0", "0", adj("OA", "999", "70.00"));
        office.complete("LC-BACK", "WorkDenial", Map.of("denialOutcome", "WRITE_OFF_REVIEW"));
        office.complete("LC-BACK", "ReviewWriteOff",
                Map.of("writeOffDecision", "SENT_BACK", "instructions", "Call the payer first"));
        office.complete("LC-BACK", "ReworkClaim", Map.of("notes", "called"));

        office.awaitPassed("LC-BACK", "ReworkClaim");
        office.awaitStage("LC-BACK", ClaimStage.AWAITING_PAYER);
    }

    @Test
    void duplicate_denial_opens_a_task_to_check_the_original() {
        office.submit("LC-DUP", "Medicare", 10, "60.00", null);

        office.remit("LC-DUP", "T9-1", "4", "60.00", "0", "0", adj("OA", "18", "60.00"));

        UserTask check = office.awaitTask("LC-DUP", "WorkDenial");
        assertThat(check.variables().get("route")).isEqualTo("CHECK_ORIGINAL");
        office.awaitStage("LC-DUP", ClaimStage.DENIAL_WORK);
        office.complete("LC-DUP", "WorkDenial", Map.of("denialOutcome", "RESOLVED", "notes", "Original paid on check 42"));
        office.awaitEndedAt("LC-DUP", "ClaimResolved");
        assertThat(claims.timeline("LC-DUP")).anyMatch(e -> e.description().contains("Original paid on check 42"));
    }

    @Test
    void medical_necessity_denial_appealed_and_won_goes_back_to_waiting() {
        office.submit("LC-APWON", "Medicare", 10, "500.00", null);

        office.remit("LC-APWON", "T10-1", "4", "500.00", "0", "0", adj("CO", "50", "500.00"));
        office.complete("LC-APWON", "PrepareAppeal", Map.of("appealSummary", "Notes attached"));
        office.complete("LC-APWON", "ApproveAppeal", Map.of("appealApproved", true));
        office.awaitStage("LC-APWON", ClaimStage.APPEAL_SUBMITTED);
        assertThat(claims.get("LC-APWON").appealDeadline()).isEqualTo(office.engineToday().plusDays(120));

        claimsPosting().recordAppealDecision("LC-APWON", "AP-1", true);

        office.awaitPassed("LC-APWON", "AppealWon", "Appeal");
        office.awaitStage("LC-APWON", ClaimStage.AWAITING_PAYER);
    }

    @Test
    void appeal_lost_twice_goes_to_second_level_then_write_off() {
        office.submit("LC-APLOST", "Medicare", 10, "400.00", null);
        office.remit("LC-APLOST", "T11-1", "4", "400.00", "0", "0", adj("CO", "50", "400.00"));

        office.complete("LC-APLOST", "PrepareAppeal", Map.of());
        office.complete("LC-APLOST", "ApproveAppeal", Map.of("appealApproved", true));
        office.awaitStage("LC-APLOST", ClaimStage.APPEAL_SUBMITTED);
        claimsPosting().recordAppealDecision("LC-APLOST", "AP-1", false);

        UserTask secondLevel = office.awaitTask("LC-APLOST", "PrepareAppeal");
        assertThat(secondLevel.variables()).containsEntry("appealLevel", 1);
        office.complete("LC-APLOST", "PrepareAppeal", Map.of());
        office.complete("LC-APLOST", "ApproveAppeal", Map.of("appealApproved", true));
        office.awaitPassed("LC-APLOST", "SubmitAppeal");
        claimsPosting().recordAppealDecision("LC-APLOST", "AP-2", false);

        office.complete("LC-APLOST", "ReviewWriteOff", Map.of("writeOffDecision", "APPROVED", "writeOffReason", "Lost"));
        office.awaitEndedAt("LC-APLOST", "WrittenOff");
        assertThat(office.passedElements("LC-APLOST")).contains("AppealLost");
    }

    @Test
    void underpayment_is_reviewed_and_disputed() {
        office.submit("LC-UNDER", "Medicare", 10, "300.00", "250.00");

        office.remit("LC-UNDER", "T12-1", "1", "300.00", "150.00", "20.00",
                adj("CO", "45", "130.00"), adj("PR", "2", "20.00"));
        UserTask review = office.awaitTask("LC-UNDER", "ReviewUnderpayment");
        assertThat(new java.math.BigDecimal(review.variables().get("allowedShortfall").toString()))
                .isEqualByComparingTo("80");
        office.complete("LC-UNDER", "ReviewUnderpayment", Map.of("underpaymentOutcome", "DISPUTED"));

        office.awaitPassed("LC-UNDER", "RecordUnderpaymentDispute");
        office.awaitStage("LC-UNDER", ClaimStage.AWAITING_PAYER);
    }

    @Test
    void reversal_puts_the_claim_back_to_waiting() {
        office.submit("LC-REV", "Medicare", 10, "100.00", null);

        office.remit("LC-REV", "T13-1", "22", "-100.00", "-100.00", "0");

        office.awaitPassed("LC-REV", "RouteRemittance");
        Claim claim = office.awaitStage("LC-REV", ClaimStage.AWAITING_PAYER);
        assertThat(claim.balance()).isEqualByComparingTo("200.00");
        assertThat(claims.timeline("LC-REV")).extracting(ClaimEvent::kind).contains("REVERSAL");
    }

    @Test
    void payer_asking_for_information_p3_starts_a_documentation_request_due_before_its_deadline() {
        office.submit("LC-P3", "Medicare", 10, "100.00", null);

        office.status("LC-P3", "S1", "P3", office.engineToday().plusDays(20));

        UserTask gather = office.awaitTask("LC-P3", "GatherDocumentation");
        assertThat(gather.dueAt().toLocalDate()).isEqualTo(office.engineToday().plusDays(18));
        assertThat(office.awaitStage("LC-P3", ClaimStage.DOCUMENTATION_REQUESTED)).isNotNull();
    }

    @Test
    void front_door_rejection_a7_is_corrected_and_resubmitted() {
        office.submit("LC-A7", "Medicare", 10, "100.00", null);

        office.status("LC-A7", "S1", "A7", null);

        office.awaitTask("LC-A7", "CorrectAndResubmit");
        office.awaitStage("LC-A7", ClaimStage.CORRECTION);
    }

    @Test
    void two_unanswered_inquiries_escalate_to_a_supervisor() {
        office.submit("LC-SILENT", "Medicare", 10, "100.00", null);

        office.letTimerFire("LC-SILENT", "NoAnswerInTime", Duration.ofDays(22));     // first follow-up period
        office.awaitStage("LC-SILENT", ClaimStage.INQUIRY_SENT);
        office.letTimerFire("LC-SILENT", "NoAnswerInTime", Duration.ofDays(15));     // inquiry 1 unanswered
        office.complete("LC-SILENT", "FollowUpWithPayer",
                Map.of("followUpOutcome", "PENDING", "callReference", "REF-1", "notes", "in process"));
        office.letTimerFire("LC-SILENT", "NoAnswerInTime", Duration.ofDays(29));     // grown interval: 14 x 2
        office.letTimerFire("LC-SILENT", "NoAnswerInTime", Duration.ofDays(15));     // inquiry 2 unanswered

        UserTask escalation = office.awaitTask("LC-SILENT", "DecideOnSilentPayer");
        assertThat(escalation.candidateGroups()).containsExactly("Supervisors");
        assertThat(escalation.variables()).containsEntry("unansweredRounds", 2);
        office.awaitStage("LC-SILENT", ClaimStage.ESCALATED);
        assertThat(claims.timeline("LC-SILENT")).filteredOn(e -> e.kind().equals("INQUIRY")).hasSize(2);
    }

    @Test
    void remittance_arriving_during_a_payer_follow_up_withdraws_the_task() {
        office.submit("LC-LATE", "Medicare", 10, "100.00", null);
        office.letTimerFire("LC-LATE", "NoAnswerInTime", Duration.ofDays(22));
        office.awaitStage("LC-LATE", ClaimStage.INQUIRY_SENT);
        office.letTimerFire("LC-LATE", "NoAnswerInTime", Duration.ofDays(15));
        UserTask followUp = office.awaitTask("LC-LATE", "FollowUpWithPayer");

        office.remit("LC-LATE", "T14-1", "1", "100.00", "100.00", "0");

        office.awaitEndedAt("LC-LATE", "ClaimResolved");
        assertThatThrownBy(() -> tasks.complete(followUp.taskKey(), Map.of("followUpOutcome", "PENDING"), "supervisor", true))
                .isInstanceOf(StaleTaskException.class)
                .hasMessageContaining("Follow up with payer").hasMessageContaining("removed from your queue");
        assertThat(office.openTask("LC-LATE", "FollowUpWithPayer")).isNull();
        assertThat(claims.timeline("LC-LATE")).extracting(ClaimEvent::kind).contains("TASK_WITHDRAWN");
    }

    @Test
    void claim_inside_the_timely_filing_warning_window_gets_top_priority_and_a_supervisor_task() {
        // Acme Health: 90-day limit, 30-day warning window; service 70 days ago: 20 days left
        office.submit("LC-TFWARN", "Acme Health", 70, "100.00", null);

        UserTask risk = office.awaitTask("LC-TFWARN", "ReviewTimelyFilingRisk");
        assertThat(risk.candidateGroups()).containsExactly("Supervisors");
        assertThat(claims.get("LC-TFWARN").priority()).isEqualTo("TOP");
        assertThat(claims.get("LC-TFWARN").stage()).isEqualTo(ClaimStage.AWAITING_PAYER);
    }

    @Test
    void claim_past_its_timely_filing_deadline_goes_to_write_off_review() {
        office.submit("LC-TFLATE", "Acme Health", 95, "100.00", null);

        office.complete("LC-TFLATE", "ReviewWriteOff", Map.of("writeOffDecision", "APPROVED", "writeOffReason", "CARC 29"));

        office.awaitEndedAt("LC-TFLATE", "WrittenOffAfterLapse");
        assertThat(office.passedElements("LC-TFLATE")).contains("RecordTimelyFilingLapse", "TimelyFilingLapsedCaught", "WriteOffReviewAfterLapse");
        assertThat(claims.get("LC-TFLATE").stage()).isEqualTo(ClaimStage.WRITTEN_OFF);
    }

    @Test
    void claim_acknowledged_by_the_payer_is_safe_from_the_timely_filing_deadline() {
        office.submit("LC-TFSAFE", "Acme Health", 80, "100.00", null);
        office.status("LC-TFSAFE", "S1", "A2", null);
        office.awaitPassed("LC-TFSAFE", "RouteClaimStatus");

        office.letTimerFire("LC-TFSAFE", "TimelyFilingDeadlinePassed", Duration.ofDays(11));

        office.awaitPassed("LC-TFSAFE", "FiledBeforeDeadline");
        assertThat(office.passedElements("LC-TFSAFE")).doesNotContain("RecordTimelyFilingLapse");
    }

    private RemittancePosting claimsPosting() {
        return posting;
    }

    @Autowired
    RemittancePosting posting;
    @Autowired
    org.arflow.tasks.TaskService tasks;
}
