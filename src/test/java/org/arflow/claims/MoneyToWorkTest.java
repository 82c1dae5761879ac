package org.arflow.claims;

import static org.arflow.claims.LifecycleDriver.adj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.arflow.IntegrationTest;
import org.arflow.tasks.Actor;
import org.arflow.tasks.FourEyesException;
import org.arflow.tasks.TaskAssignment;
import org.arflow.tasks.TaskNotFoundException;
import org.arflow.tasks.TaskService;
import org.arflow.tasks.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Money that must never slip, on the real engine and PostgreSQL: denied lines on paid claims, and money
 * that arrives after a claim's follow-up ended (reversal with correction, late secondary payment,
 * overpayment) each open the work a person must do.
 */
@IntegrationTest
class MoneyToWorkTest {

    @Autowired
    LifecycleDriver office;
    @Autowired
    ClaimService claims;
    @Autowired
    RemittancePosting posting;
    @Autowired
    RemittanceHistory history;
    @Autowired
    CreditBalances credits;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskAssignment assignment;
    @Autowired
    JdbcClient jdbc;

    @Test
    void partial_denial_on_a_paid_claim_opens_work_for_each_denied_line() {
        office.submit("MW-PARTIAL", "Medicare", 10, "400.00", null);

        posting.post("MW-PARTIAL", new ClaimRemittance("MWP-1", "1", new BigDecimal("400.00"), new BigDecimal("80.00"),
                BigDecimal.ZERO, "PCN-MWP", office.engineToday(), List.of(), List.of(), List.of(
                line("99213", "200.00", "30.00", List.of("N130"), adj("CO", "45", "70.00"), adj("CO", "204", "100.00")),
                line("99214", "200.00", "50.00", List.of("M15"), adj("CO", "97", "150.00")))));

        // the largest denied amount (CO-97, bundled) decides the route; the claim is not closed
        UserTask task = office.awaitTask("MW-PARTIAL", "CorrectAndResubmit");
        assertThat((List<?>) task.variables().get("deniedLines")).hasSize(2);
        Claim claim = claims.get("MW-PARTIAL");
        assertThat(claim.balance()).isEqualByComparingTo("250.00");
        assertThat(claim.adjustedAmount()).isEqualByComparingTo("70.00");
        assertThat(claim.stage()).isNotEqualTo(ClaimStage.CLOSED);
        assertThat(history.denials("MW-PARTIAL")).extracting(d -> d.line().group() + "-" + d.line().reason(),
                d -> d.line().line(), d -> d.line().amount().toPlainString())
                .containsExactly(tuple("CO-204", 1, "100.00"),
                        tuple("CO-97", 2, "150.00"));
        assertThat(claims.timeline("MW-PARTIAL")).anyMatch(e -> e.description().contains("Denied 250.00")
                && e.description().contains("Line 1 (99213): CO-204 100.00")
                && e.description().contains("Line 2 (99214): CO-97 150.00") && e.description().contains("N130"));
    }

    @Test
    void reversal_and_correction_on_a_closed_claim_give_one_net_change_and_reopen_its_follow_up() {
        closedClaim("MW-REVERSE", "100.00");

        posting.postAll(List.of(
                new RemittancePosting.Posting("MW-REVERSE", remit("MWR-2", "22", "-100.00", "-100.00", "CLP7-R")),
                new RemittancePosting.Posting("MW-REVERSE", new ClaimRemittance("MWR-3", "1", new BigDecimal("100.00"),
                        new BigDecimal("60.00"), BigDecimal.ZERO, "CLP7-R", office.engineToday(),
                        List.of(adj("CO", "45", "20.00"), adj("CO", "16", "20.00")), List.of("MA130"), List.of()))));

        office.awaitTask("MW-REVERSE", "CorrectAndResubmit");
        Claim claim = claims.get("MW-REVERSE");
        assertThat(claim.balance()).isEqualByComparingTo("20.00");
        List<ClaimEvent> timeline = claims.timeline("MW-REVERSE");
        assertThat(timeline).extracting(ClaimEvent::kind).contains("REPROCESSED", "REOPENED").doesNotContain("REVERSAL");
        assertThat(timeline).filteredOn(e -> e.kind().equals("REPROCESSED")).singleElement()
                .satisfies(e -> assertThat(e.description()).contains("the balance went from 0.00 to 20.00"));
    }

    @Test
    void reprocessing_that_changes_nothing_owed_says_so_and_leaves_the_claim_closed() {
        closedClaim("MW-SAME", "100.00");

        posting.postAll(List.of(
                new RemittancePosting.Posting("MW-SAME", remit("MWS-2", "22", "-100.00", "-100.00", "CLP7-S")),
                new RemittancePosting.Posting("MW-SAME", remit("MWS-3", "1", "100.00", "100.00", "CLP7-S"))));

        assertThat(claims.timeline("MW-SAME")).extracting(ClaimEvent::kind).contains("REPROCESSED", "NOTHING_OWED");
        assertThat(claims.get("MW-SAME").stage()).isEqualTo(ClaimStage.CLOSED);
        assertThat(claims.get("MW-SAME").balance()).isEqualByComparingTo("0");
    }

    @Test
    void late_secondary_payment_on_a_closed_claim_opens_a_credit_review_and_a_refund_needs_a_second_person() {
        closedClaim("MW-LATE", "100.00");

        posting.post("MW-LATE", remit("MWL-2", "2", "100.00", "25.00", "CLP7-L"));

        UserTask review = office.awaitTask("MW-LATE", "ReviewCreditBalance");
        assertThat(claims.get("MW-LATE").stage()).isEqualTo(ClaimStage.CREDIT_BALANCE_REVIEW);
        assertThat(credits.open(null, 1000)).anySatisfy(c -> {
            assertThat(c.claimId()).isEqualTo("MW-LATE");
            assertThat(c.credit()).isEqualByComparingTo("25.00");
            assertThat(c.since()).isNotNull();
        });
        assignment.claim(review.taskKey(), new Actor("biller", false));
        tasks.complete(review.taskKey(), Map.of("creditOutcome", "REFUND", "refundAmount", new BigDecimal("25.00"),
                "refundTo", "PAYER"), "biller", false);
        UserTask approval = office.awaitTask("MW-LATE", "ApproveRefund");
        assertThatThrownBy(() -> tasks.complete(approval.taskKey(), Map.of("refundApproved", true), "biller", false))
                .as("the biller who asked for the refund is no supervisor: the approval is not theirs to see")
                .isInstanceOf(TaskNotFoundException.class);
        office.complete("MW-LATE", "ApproveRefund", Map.of("refundApproved", true));

        await().atMost(LifecycleDriver.PATIENCE).until(() -> claims.get("MW-LATE").stage() == ClaimStage.CLOSED);
        assertThat(claims.get("MW-LATE").balance()).isEqualByComparingTo("0");
        assertThat(jdbc.sql("select requested_by || '>' || approved_by from claim_refund r join claim c on c.id = r.claim_id"
                + " where c.claim_id = 'MW-LATE'").query(String.class).single()).isEqualTo("biller>supervisor");
        assertThat(claims.timeline("MW-LATE")).anyMatch(e -> e.kind().equals("REFUND")
                && e.description().contains("asked for by biller, approved by supervisor"));
        assertThat(credits.open(null, 1000)).noneMatch(c -> c.claimId().equals("MW-LATE"));
    }

    @Test
    void a_supervisor_who_asked_for_a_refund_cannot_approve_it() {
        office.submit("MW-SELF", "Medicare", 10, "100.00", null);
        posting.post("MW-SELF", remit("MWF-1", "1", "100.00", "130.00", "CLP7-F"));

        office.complete("MW-SELF", "ReviewCreditBalance", Map.of("creditOutcome", "REFUND",
                "refundAmount", new BigDecimal("30.00"), "refundTo", "PAYER"));
        UserTask approval = office.awaitTask("MW-SELF", "ApproveRefund");

        assertThatThrownBy(() -> tasks.complete(approval.taskKey(), Map.of("refundApproved", true), "supervisor", true))
                .isInstanceOf(FourEyesException.class).hasMessageContaining("You asked for this refund");
        assertThat(claims.get("MW-SELF").balance()).isEqualByComparingTo("-30.00");
    }

    @Test
    void overpayment_on_an_open_claim_is_reviewed_as_a_credit_not_closed_as_paid() {
        office.submit("MW-OVER", "Medicare", 10, "100.00", null);

        posting.post("MW-OVER", remit("MWO-1", "1", "100.00", "1000.00", "CLP7-O"));

        office.complete("MW-OVER", "ReviewCreditBalance", Map.of("creditOutcome", "AWAIT_RECOUPMENT"));
        office.awaitEndedAt("MW-OVER", "CreditBalanceResolved");
        Claim claim = office.awaitStage("MW-OVER", ClaimStage.AWAITING_RECOUPMENT);
        assertThat(claim.balance()).isEqualByComparingTo("-900.00");
        assertThat(office.passedElements("MW-OVER")).doesNotContain("CloseClaim");
        assertThat(credits.open(null, 1000)).anyMatch(c -> c.claimId().equals("MW-OVER"));
    }

    @Test
    void a_payer_recoupment_takes_back_a_credit_left_for_it_and_closes_the_claim() {
        office.submit("MW-RECOUP", "Medicare", 10, "100.00", null);
        posting.post("MW-RECOUP", remit("MWC-1", "1", "100.00", "160.00", "CLP7-C"));
        office.complete("MW-RECOUP", "ReviewCreditBalance", Map.of("creditOutcome", "AWAIT_RECOUPMENT"));
        office.awaitStage("MW-RECOUP", ClaimStage.AWAITING_RECOUPMENT);

        credits.recordRecoupment("MW-RECOUP", new BigDecimal("60.00"), "PLB WO of 60.00 names this claim", "plb:test:1");
        credits.recordRecoupment("MW-RECOUP", new BigDecimal("60.00"), "PLB WO of 60.00 names this claim", "plb:test:1");

        Claim claim = claims.get("MW-RECOUP");
        assertThat(claim.balance()).as("the second call is the same PLB line: booked once").isEqualByComparingTo("0");
        assertThat(claim.stage()).isEqualTo(ClaimStage.CLOSED);
        assertThat(credits.open(null, 1000)).noneMatch(c -> c.claimId().equals("MW-RECOUP"));
        assertThat(claims.timeline("MW-RECOUP")).anyMatch(e -> e.kind().equals("RECOUPMENT")
                && e.description().contains("takes back 60.00 of the claim's credit of 60.00"));
    }

    private void closedClaim(String claimId, String amount) {
        office.submit(claimId, "Medicare", 10, amount, null);
        office.remit(claimId, claimId + "-1", "1", amount, amount, "0");
        office.awaitEndedAt(claimId, "ClaimResolved");
        office.awaitStage(claimId, ClaimStage.CLOSED);
    }

    private ClaimRemittance remit(String reference, String status, String charge, String paid, String payerClaimNumber) {
        return new ClaimRemittance(reference, status, new BigDecimal(charge), new BigDecimal(paid), BigDecimal.ZERO,
                payerClaimNumber, office.engineToday(), List.of(), List.of(), List.of());
    }

    private static ClaimRemittance.RemittanceLine line(String code, String charge, String paid, List<String> remarks,
                                                       Adjustment... adjustments) {
        return new ClaimRemittance.RemittanceLine(code, List.of(), new BigDecimal(charge), new BigDecimal(paid),
                BigDecimal.ONE, null, List.of(adjustments), remarks);
    }
}
