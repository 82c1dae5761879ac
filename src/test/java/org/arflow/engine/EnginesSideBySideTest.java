package org.arflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The app runs several in-memory engines at once (the live one, scratch engines for validation and
 * what-if). Each must answer its own callers with its own records, even while the others are busy.
 */
class EnginesSideBySideTest {

    private static final int ENGINES = 3;
    private static final int CLAIMS_PER_ENGINE = 150;

    @Test
    void busy_engines_side_by_side_each_answer_with_their_own_records_and_lose_no_job() throws Exception {
        List<ScratchEngine> engines = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(ENGINES * 2);
        try {
            for (int e = 0; e < ENGINES; e++) {
                ScratchEngine engine = ScratchEngine.start();
                engines.add(engine);
                var model = Bpmn.createExecutableProcess("step-of-engine-" + e).startEvent()
                        .serviceTask("step", t -> t.zeebeJobType("step")).endEvent().done();
                engine.client().newDeployResourceCommand().addProcessModel(model, "step.bpmn").send().join();
            }
            ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
            List<Future<Integer>> worked = new ArrayList<>();
            for (int e = 0; e < ENGINES; e++) {
                int engineNo = e;
                ScratchEngine engine = engines.get(e);
                callers.submit(() -> startClaims(engine, engineNo, wrong));
                worked.add(callers.submit(() -> workAllJobs(engine, engineNo, wrong)));
            }
            for (Future<Integer> completed : worked) {
                assertThat(completed.get()).isEqualTo(CLAIMS_PER_ENGINE);
            }
            assertThat(wrong).as("answers that came from another engine").isEmpty();
        } finally {
            callers.shutdownNow();
            engines.forEach(ScratchEngine::close);
        }
    }

    /** One claim at a time: many small answers, each a chance for another engine's answer to cross it. */
    private static Void startClaims(ScratchEngine engine, int engineNo, ConcurrentLinkedQueue<String> wrong) {
        for (int i = 0; i < CLAIMS_PER_ENGINE; i++) {
            var started = engine.client().newCreateInstanceCommand().bpmnProcessId("step-of-engine-" + engineNo)
                    .latestVersion().variables(Map.of("engine", engineNo)).requestTimeout(Duration.ofSeconds(10))
                    .send().join();
            if (!started.getBpmnProcessId().equals("step-of-engine-" + engineNo)) {
                wrong.add("engine " + engineNo + " answered a start with " + started.getBpmnProcessId());
            }
        }
        return null;
    }

    private static int workAllJobs(ScratchEngine engine, int engineNo, ConcurrentLinkedQueue<String> wrong) {
        int completed = 0;
        long giveUpAt = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (completed < CLAIMS_PER_ENGINE && System.nanoTime() < giveUpAt) {
            List<ActivatedJob> jobs = engine.client().newActivateJobsCommand().jobType("step").maxJobsToActivate(1)
                    .requestTimeout(Duration.ofSeconds(10)).send().join().getJobs();
            for (ActivatedJob job : jobs) {
                Object owner = job.getVariablesAsMap().get("engine");
                if (!Integer.valueOf(engineNo).equals(owner)) {
                    wrong.add("engine " + engineNo + " handed out a job of engine " + owner);
                }
                engine.client().newCompleteCommand(job.getKey()).requestTimeout(Duration.ofSeconds(10)).send().join();
                completed++;
            }
        }
        return completed;
    }
}
