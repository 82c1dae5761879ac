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
