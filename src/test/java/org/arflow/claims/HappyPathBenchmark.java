package org.arflow.claims;

import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.arflow.benchmark.BenchmarkResults;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Claims driven through the happy path (submit, follow-up started, remittance posted, claim closed) per
 * second on the embedded engine with 200 and with 1,000 live claims, each beside a one-service-task
 * baseline at the same live count: the ratio is the app's own overhead apart from the engine's.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"arflow.engine.embedded-port=0", "arflow.database.ephemeral=true",
        "arflow.demo.enabled=true", "arflow.demo.office=false", "arflow.tasks.reconcile-every=PT1H",
        "arflow.x12.inbox-every=PT1H", "arflow.x12.outbox-every=PT1H"})
class HappyPathBenchmark {

    private static final int BATCH = 100;

    @Autowired
    ClaimService claims;
    @Autowired
    RemittancePosting posting;
    @Autowired
    CamundaClient client;

    private int next;

    @Test
    void happy_path_claims_per_second_at_200_and_1000_live_claims_beside_a_baseline() throws Exception {
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("baseline").startEvent()
                .serviceTask("Noop").zeebeJobType("baseline-noop").endEvent().done(), "baseline.bpmn").send().join();
        for (int live : List.of(200, 1000)) {
            addLiveClaims(live - countWaiting());
            double happy = happyPath();
            double baseline = baseline();
            BenchmarkResults.record("happy path (submit to closed) at " + live + " live claims", happy, "claims/s");
            BenchmarkResults.record("one-service-task baseline at " + live + " live claims", baseline, "instances/s");
            BenchmarkResults.record("happy path / baseline at " + live + " live claims", happy / baseline, "x");
        }
    }

    private void addLiveClaims(int count) {
        List<String> ids = submit(count);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> ids.stream().allMatch(id -> claims.get(id).stage() == ClaimStage.AWAITING_PAYER));
    }

    private int countWaiting() {
        return claims.list(new ClaimFilter(ClaimStage.AWAITING_PAYER, null, 0, 500)).size()
                + claims.list(new ClaimFilter(ClaimStage.AWAITING_PAYER, null, 1, 500)).size();
    }

    private double happyPath() {
        long start = System.nanoTime();
        List<String> ids = submit(BATCH);
        for (String id : ids) {
            posting.post(id, new ClaimRemittance("HP:" + id, "1", new BigDecimal("100.00"), new BigDecimal("100.00"),
                    BigDecimal.ZERO, "ICN" + id, LocalDate.now(), List.of(), List.of(), List.of()));
        }
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> ids.stream().allMatch(id -> claims.get(id).stage() == ClaimStage.CLOSED));
        return BATCH / ((System.nanoTime() - start) / 1e9);
    }

    private double baseline() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(BATCH);
        try (var worker = client.newWorker().jobType("baseline-noop")
                .handler((c, job) -> {
                    c.newCompleteCommand(job).send().join();
                    done.countDown();
                }).open()) {
            long start = System.nanoTime();
            for (int i = 0; i < BATCH; i++) {
                client.newCreateInstanceCommand().bpmnProcessId("baseline").latestVersion().send().join();
            }
            done.await(5, TimeUnit.MINUTES);
            return BATCH / ((System.nanoTime() - start) / 1e9);
        }
    }

    private List<String> submit(int count) {
        LocalDate dos = LocalDate.now().minusDays(10);
        return java.util.stream.IntStream.range(0, Math.max(0, count)).mapToObj(i -> {
            String id = "HP-" + next++;
            claims.submit(new NewClaim(id, new NewClaim.PatientRef("Bench", "Patient" + id, LocalDate.of(1970, 1, 1), null),
                    "Medicare", null, dos, null, new BigDecimal("100.00"), null, List.of()));
            return id;
        }).toList();
    }
}
