package org.arflow.claims;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The claim-follow-up BPMN alone, on Zeebe Process Test's engine: each path an analyst can read in it. */
@ZeebeProcessTest
class ClaimFollowUpProcessTest {

    private ZeebeTestEngine engine;
    private ZeebeClient client;

    @BeforeEach
    void deploy() {
        client.newDeployResourceCommand().addResourceFile("bpmn/claim-follow-up.bpmn").send().join();
    }

    @Test
    void payment_message_for_the_claim_closes_it_as_paid() throws Exception {
        ProcessInstanceEvent claim = startClaim("C-1", "P30D");
        completeJob("open-follow-up");

        client.newPublishMessageCommand().messageName("payment-received").correlationKey("C-1")
                .variables(Map.of("paidAmount", 120)).send().join();
        idle();
        completeJob("close-claim-as-paid");

        assertThat(claim).isCompleted().hasPassedElement("ClaimPaid").hasNotPassedElement("FlagClaimForFollowUp");
    }

    @Test
    void payment_for_another_claim_leaves_this_one_waiting() throws Exception {
        ProcessInstanceEvent claim = startClaim("C-2", "P30D");
        completeJob("open-follow-up");

        client.newPublishMessageCommand().messageName("payment-received").correlationKey("SOMEONE-ELSE")
                .send().join();
        idle();

        assertThat(claim).isActive().isWaitingAtElements("WaitForPayer").hasNotPassedElement("PaymentReceived");
    }

    @Test
    void claim_is_flagged_for_follow_up_only_after_its_follow_up_period() throws Exception {
        ProcessInstanceEvent claim = startClaim("C-3", "P10D");
        completeJob("open-follow-up");

        engine.increaseTime(Duration.ofDays(9));
        idle();
        assertThat(claim).isWaitingAtElements("WaitForPayer").hasNotPassedElement("NoAnswer");

        engine.increaseTime(Duration.ofDays(2));
        idle();
        completeJob("flag-claim-for-follow-up");

        assertThat(claim).isCompleted().hasPassedElement("FollowUpNeeded").hasNotPassedElement("CloseClaimAsPaid");
    }

    private ProcessInstanceEvent startClaim(String claimId, String followUpAfter) throws Exception {
        ProcessInstanceEvent event = client.newCreateInstanceCommand().bpmnProcessId("claim-follow-up")
                .latestVersion()
                .variables(Map.of("claimId", claimId, "payerName", "Acme Health", "billedAmount", 200,
                        "followUpAfter", followUpAfter))
                .send().join();
        idle();
        return event;
    }

    private void completeJob(String type) throws Exception {
        List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(1).send().join()
                .getJobs();
        org.assertj.core.api.Assertions.assertThat(jobs).as("a %s job", type).hasSize(1);
        client.newCompleteCommand(jobs.getFirst()).send().join();
        idle();
    }

    private void idle() throws InterruptedException, TimeoutException {
        engine.waitForIdleState(Duration.ofSeconds(5));
    }
}
