package org.arflow.claims;

import static org.arflow.claims.LifecycleDriver.adj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import org.arflow.IntegrationTest;
import org.arflow.tasks.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a restart of the embedded engine does to open claims, played in one JVM: the claim's instance
 * is gone and its engine run is an old one; recovery starts a new instance where the claim stood.
 */
@IntegrationTest
class FollowUpRecoveryTest {

    @Autowired
    LifecycleDriver office;
    @Autowired
    FollowUpRecovery recovery;
    @Autowired
    ClaimService claims;
    @Autowired
    CamundaClient client;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_claim_waiting_for_a_correction_gets_its_task_back_after_the_engine_forgot_it() {
        office.submit("RC-CORR", "Medicare", 10, "90.00", null);
        office.remit("RC-CORR", "RC-T1", "4", "90.00", "0", "0", adj("CO", "4", "90.00"));
        UserTask before = office.awaitTask("RC-CORR", "CorrectAndResubmit");
        long lostInstance = office.instanceKey("RC-CORR");
        forget("RC-CORR", lostInstance);

        assertThat(recovery.resumeAll()).isGreaterThanOrEqualTo(1);

        UserTask after = await().atMost(Duration.ofSeconds(30)).until(
                () -> office.openTask("RC-CORR", "CorrectAndResubmit"), t -> t != null && t.taskKey() != before.taskKey());
        assertThat(claims.get("RC-CORR").processInstanceKey()).isNotEqualTo(lostInstance);
        assertThat(claims.timeline("RC-CORR")).anyMatch(e -> e.kind().equals("RESUMED")
                && e.description().contains("CorrectAndResubmit"));
        office.complete("RC-CORR", "CorrectAndResubmit", Map.of("correctionOutcome", "RESUBMITTED"));
        office.awaitPassed("RC-CORR", "RecordResubmission");
        assertThat(after.name()).isEqualTo("Correct and resubmit claim");
    }

    @Test
    void a_waiting_claim_waits_again_and_still_closes_when_paid() {
        office.submit("RC-WAIT", "Medicare", 10, "50.00", null);
        long lostInstance = office.instanceKey("RC-WAIT");
        forget("RC-WAIT", lostInstance);

        recovery.resumeAll();

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Long key = claims.get("RC-WAIT").processInstanceKey();
            return key != null && key > 0 && key != lostInstance;
        });
        office.remit("RC-WAIT", "RC-T2", "1", "50.00", "50.00", "0");
        office.awaitStage("RC-WAIT", ClaimStage.CLOSED);
    }

    @Test
    void a_claim_resumed_ten_days_into_its_wait_is_still_asked_about_on_its_original_due_date() {
        office.submit("RC-DUE", "Medicare", 2, "70.00", null);
        java.time.Instant due = office.timerDue("RC-DUE", "NoAnswerInTime");
        office.moveClock(Duration.ofDays(10));
        long lostInstance = office.instanceKey("RC-DUE");
        forget("RC-DUE", lostInstance);

        recovery.resumeAll();

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Long key = claims.get("RC-DUE").processInstanceKey();
            return key != null && key > 0 && key != lostInstance;
        });
        java.time.Instant resumedDue = office.timerDue("RC-DUE", "NoAnswerInTime");
        System.out.printf("restart test: wait for the payer due %s, after the restart due %s%n", due, resumedDue);
        assertThat(resumedDue).as("the resumed wait ends when the first one would have")
                .isBetween(due.minusSeconds(1), due.plusSeconds(1));
        office.letTimerFire("RC-DUE", "NoAnswerInTime", Duration.between(office.engineToday().atStartOfDay(
                java.time.ZoneOffset.UTC).toInstant(), due).plusDays(1));
        office.awaitPassed("RC-DUE", "NoAnswerInTime");
    }

    @Test
    void an_appeal_waiting_for_its_decision_resumes_at_that_wait_with_its_due_time_and_its_level() {
        submitAppeal("RC-APL");
        java.time.Instant due = office.timerDue("RC-APL", "AppealDecisionOverdue");
        office.moveClock(Duration.ofDays(10));
        long lostInstance = office.instanceKey("RC-APL");
        forget("RC-APL", lostInstance);

        recovery.resumeAll();

        awaitNewInstance("RC-APL", lostInstance);
        java.time.Instant resumedDue = office.timerDue("RC-APL", "AppealDecisionOverdue");
        System.out.printf("restart test: appeal decision due %s, after the restart due %s%n", due, resumedDue);
        assertThat(resumedDue).as("the resumed wait ends when the first one would have")
                .isBetween(due.minusSeconds(1), due.plusSeconds(1));
        assertThat(office.openTask("RC-APL", "PrepareAppeal")).as("the appeal is not prepared again").isNull();
        assertThat(claims.timeline("RC-APL")).filteredOn(e -> e.kind().equals("APPEAL_SUBMITTED")).hasSize(1);

        office.letTimerFire("RC-APL", "AppealDecisionOverdue", Duration.ofDays(55)); // Medicare: 60 days
        office.complete("RC-APL", "FollowUpOnAppeal", Map.of("appealDecision", "LOST"));
        // the first level was lost before the restart: the second level follows, not the first again
        office.complete("RC-APL", "PrepareAppeal", Map.of("appealSummary", "second level"));
        office.complete("RC-APL", "ApproveAppeal", Map.of("appealApproved", true));
        await().atMost(LifecycleDriver.PATIENCE).until(() -> claims.timeline("RC-APL").stream()
                .anyMatch(e -> e.description().startsWith("Level 2 appeal submitted")));
    }

    @Test
    void a_claim_whose_appeal_follow_up_was_open_gets_that_task_back_not_a_new_appeal() {
        submitAppeal("RC-APF");
        office.letTimerFire("RC-APF", "AppealDecisionOverdue", Duration.ofDays(65)); // Medicare: 60 days
        UserTask before = office.awaitTask("RC-APF", "FollowUpOnAppeal");
        office.awaitStage("RC-APF", ClaimStage.APPEAL_FOLLOW_UP);
        long lostInstance = office.instanceKey("RC-APF");
        forget("RC-APF", lostInstance);

        recovery.resumeAll();

        awaitNewInstance("RC-APF", lostInstance);
        UserTask after = await().atMost(LifecycleDriver.PATIENCE).until(
                () -> office.openTask("RC-APF", "FollowUpOnAppeal"), t -> t != null && t.taskKey() != before.taskKey());
        assertThat(office.openTask("RC-APF", "PrepareAppeal")).isNull();
        office.complete("RC-APF", "FollowUpOnAppeal", Map.of("appealDecision", "WON"));
        office.awaitStage("RC-APF", ClaimStage.AWAITING_PAYER);
        assertThat(after.name()).isEqualTo("Follow up on appeal decision");
    }

    /** A denial for medical necessity, appealed: prepared, approved and submitted (level 1). */
    private void submitAppeal(String claimId) {
        office.submit(claimId, "Medicare", 10, "300.00", null);
        office.remit(claimId, claimId + "-T", "4", "300.00", "0", "0", adj("CO", "50", "300.00"));
        office.complete(claimId, "PrepareAppeal", Map.of("appealSummary", "Notes attached"));
        office.complete(claimId, "ApproveAppeal", Map.of("appealApproved", true));
        office.awaitStage(claimId, ClaimStage.APPEAL_SUBMITTED);
    }

    private void awaitNewInstance(String claimId, long lostInstance) {
        await().atMost(LifecycleDriver.PATIENCE).until(() -> {
            Long key = claims.get(claimId).processInstanceKey();
            return key != null && key > 0 && key != lostInstance;
        });
    }

    /** What a restart does: the instance is gone and the claim belongs to an engine run that no longer exists. */
    private void forget(String claimId, long instanceKey) {
        client.newCancelInstanceCommand(instanceKey).send().join();
        jdbc.sql("update claim set engine_run = 'run-before-restart' where claim_id = :id").param("id", claimId).update();
    }
}
