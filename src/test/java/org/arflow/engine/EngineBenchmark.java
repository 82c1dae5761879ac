package org.arflow.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.arflow.benchmark.BenchmarkResults;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The embedded engine on its own (./mvnw -Pbenchmark test -Dtest=EngineBenchmark), once on the
 * library's state store and once on arflow's: claims through a happy path shaped like the app's
 * (submitted by a worker, waiting for the remittance message, closed by a worker) per second at 200,
 * 1,000, 5,000 and 10,000 claims waiting for their remittance; then the heap, and the CPU the engine
 * and its idle job workers use at rest in a minute. A store that cannot fill the next level within
 * its budget is reported as such and not measured further.
 */
@Tag("benchmark")
class EngineBenchmark {

    private static final List<Integer> LIVE = List.of(200, 1_000, 5_000, 10_000);
    private static final int BATCH = 300;
    private static final Duration FILL_BUDGET = Duration.ofMinutes(3);
    /** The app runs about this many job workers; the ones without work still poll. */
    private static final int IDLE_WORKERS = 24;
    /** As the app's workers (camunda.client.worker.defaults.stream-enabled). */
    private static final boolean STREAMING = true;

    @Test
    void happy_path_per_second_from_200_to_10000_live_claims_on_each_state_store() throws Exception {
        for (InMemoryEngineRunner.Store store : InMemoryEngineRunner.Store.values()) {
            measure(store);
        }
    }

    private void measure(InMemoryEngineRunner.Store store) throws Exception {
        String name = store.name().toLowerCase() + " store";
        try (var runner = new InMemoryEngineRunner(0, store); var client = client(runner)) {
            client.newDeployResourceCommand().addProcessModel(happyPath(), "happy-path.bpmn").send().join();
            AtomicInteger submitted = new AtomicInteger();
            AtomicInteger closed = new AtomicInteger();
            List<JobWorker> workers = new ArrayList<>();
            workers.add(client.newWorker().jobType("hp-submit").handler((jobs, job) -> {
                jobs.newCompleteCommand(job).send().join();
                submitted.incrementAndGet();
                String claim = (String) job.getVariablesAsMap().get("claimId");
                if (claim.startsWith("hp-")) {
                    client.newPublishMessageCommand().messageName("remittance").correlationKey(claim)
                            .timeToLive(Duration.ofMinutes(10)).send().join();
                }
            }).maxJobsActive(64).streamEnabled(STREAMING).open());
            workers.add(client.newWorker().jobType("hp-close").handler((jobs, job) -> {
                jobs.newCompleteCommand(job).send().join();
                closed.incrementAndGet();
            }).maxJobsActive(64).streamEnabled(STREAMING).open());
            for (int i = 0; i < IDLE_WORKERS; i++) {
                workers.add(client.newWorker().jobType("idle-" + i).handler((jobs, job) -> { })
                        .streamEnabled(STREAMING).open());
            }
            happyPath(client, "hp-warm-up-", submitted, closed); // not recorded: the JIT's first round
            int started = 0;
            for (int target : LIVE) {
                long deadline = System.nanoTime() + FILL_BUDGET.toNanos();
                while (started < target && System.nanoTime() < deadline) {
                    int chunk = Math.min(200, target - started); // in chunks: no backlog left when the budget ends
                    started += start(client, "live-" + started + "-", chunk);
                    while (submitted.get() - closed.get() < started && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                }
                if (submitted.get() - closed.get() < target) {
                    BenchmarkResults.record(name + ": live claims reached within " + FILL_BUDGET.toMinutes()
                            + " min (of " + target + ")", submitted.get() - closed.get(), "claims");
                    break;
                }
                BenchmarkResults.record(name + ": happy path at " + target + " live claims",
                        happyPath(client, "hp-" + target + "-", submitted, closed), "claims/s");
            }
            runner.waitForIdle(Duration.ofMinutes(2));
            int live = submitted.get() - closed.get();
            Runtime.getRuntime().gc();
            Runtime memory = Runtime.getRuntime();
            BenchmarkResults.record(name + ": heap after (" + live + " live claims)",
                    (memory.totalMemory() - memory.freeMemory()) / 1e6, "MB");
            BenchmarkResults.record(name + ": idle CPU with " + live + " live claims, " + workers.size() + " workers",
                    idleCpuSeconds(Duration.ofSeconds(60)), "CPU s/min");
            workers.forEach(JobWorker::close);
        }
    }

    /** Starts {@code count} claims, at most 200 at a time in flight; returns how many it started. */
    private static int start(CamundaClient client, String prefix, int count) throws InterruptedException {
        Semaphore inFlight = new Semaphore(200);
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            client.newCreateInstanceCommand().bpmnProcessId("happy-path").latestVersion()
                    .variables(Map.of("claimId", prefix + i)).send()
                    .whenComplete((result, error) -> inFlight.release());
        }
        inFlight.acquire(200);
        return count;
    }

    private static double happyPath(CamundaClient client, String prefix, AtomicInteger submitted, AtomicInteger closed)
            throws InterruptedException {
        int closedBefore = closed.get();
        long begin = System.nanoTime();
        start(client, prefix, BATCH);
        long deadline = begin + TimeUnit.MINUTES.toNanos(5);
        while (closed.get() < closedBefore + BATCH && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return (closed.get() - closedBefore) / ((System.nanoTime() - begin) / 1e9);
    }

    private static double idleCpuSeconds(Duration over) throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Thread.sleep(5_000); // the last answers drain
        long before = os.getProcessCpuTime();
        Thread.sleep(over.toMillis());
        return (os.getProcessCpuTime() - before) / 1e9 * (60.0 / over.toSeconds());
    }

    private static BpmnModelInstance happyPath() {
        return Bpmn.createExecutableProcess("happy-path").startEvent()
                .serviceTask("submit", t -> t.zeebeJobType("hp-submit"))
                .intermediateCatchEvent("remittance", e -> e.message(m -> m.name("remittance")
                        .zeebeCorrelationKeyExpression("claimId")))
                .serviceTask("close", t -> t.zeebeJobType("hp-close"))
                .endEvent().done();
    }

    private static CamundaClient client(InMemoryEngineRunner runner) {
        return CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://127.0.0.1:" + runner.gatewayAddress().getPort()))
                .preferRestOverGrpc(false).build();
    }
}
