package org.arflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A scratch engine is private: its own clock and state, torn down with it. No Spring context needed. */
class ScratchEngineTest {

    @Test
    void a_timer_on_a_scratch_engine_fires_when_its_own_clock_moves() {
        try (ScratchEngine scratch = ScratchEngine.start()) {
            var model = Bpmn.createExecutableProcess("wait-a-week").startEvent()
                    .intermediateCatchEvent("week").timerWithDuration("P7D").endEvent("done").done();
            scratch.client().newDeployResourceCommand().addProcessModel(model, "wait.bpmn").send().join();
            ProcessInstanceEvent started = scratch.client().newCreateInstanceCommand()
                    .bpmnProcessId("wait-a-week").latestVersion().variables(Map.of("claimId", "C1")).send().join();

            scratch.advanceClock(Duration.ofDays(6));
            scratch.waitForIdle(Duration.ofSeconds(5));
            assertThat(completedInstances(scratch, started.getProcessInstanceKey())).isZero();

            scratch.advanceClock(Duration.ofDays(2));
            scratch.waitForIdle(Duration.ofSeconds(5));
            assertThat(completedInstances(scratch, started.getProcessInstanceKey())).isEqualTo(1);
        }
    }

    @Test
    void settling_after_the_clock_moves_waits_for_the_timers_it_passed_and_the_jobs_they_made() {
        try (ScratchEngine scratch = ScratchEngine.start()) {
            var model = Bpmn.createExecutableProcess("follow-up-in-a-week").startEvent()
                    .intermediateCatchEvent("week").timerWithDuration("P7D")
                    .serviceTask("inquire", t -> t.zeebeJobType("inquire")).endEvent().done();
            scratch.client().newDeployResourceCommand().addProcessModel(model, "follow-up.bpmn").send().join();
            for (int i = 0; i < 20; i++) {
                scratch.client().newCreateInstanceCommand().bpmnProcessId("follow-up-in-a-week").latestVersion()
                        .send().join();
            }
            assertThat(scratch.settle(Duration.ofSeconds(5))).isTrue();
            assertThat(scratch.waitingJobTypes()).as("nothing to do before the week is over").isEmpty();

            scratch.advanceClock(Duration.ofDays(8));
            assertThat(scratch.settle(Duration.ofSeconds(5))).isTrue();

            assertThat(scratch.waitingJobTypes()).as("right after settling, without waiting any longer")
                    .containsExactly("inquire");
            var jobs = scratch.client().newActivateJobsCommand().jobType("inquire").maxJobsToActivate(100).send()
                    .join().getJobs();
            assertThat(jobs).hasSize(20);
            assertThat(scratch.waitingJobTypes()).as("activated jobs wait for nobody").isEmpty();
            jobs.forEach(j -> scratch.client().newCompleteCommand(j).send().join());
            assertThat(scratch.settle(Duration.ofSeconds(5))).isTrue();
            assertThat(completedInstances(scratch, jobs.getFirst().getProcessInstanceKey())).isEqualTo(1);
        }
    }

    private static long completedInstances(ScratchEngine scratch, long instanceKey) {
        var engine = (io.camunda.zeebe.process.test.api.ZeebeTestEngine) scratch.engine();
        return java.util.stream.StreamSupport.stream(io.camunda.zeebe.process.test.filters.RecordStream.of(engine.getRecordStreamSource()).processInstanceRecords()
                        .spliterator(), false)
                .filter(r -> r.getIntent() == io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent.ELEMENT_COMPLETED)
                .filter(r -> r.getValue().getBpmnElementType()
                        == io.camunda.zeebe.protocol.record.value.BpmnElementType.PROCESS)
                .filter(r -> r.getValue().getProcessInstanceKey() == instanceKey)
                .count();
    }
}
