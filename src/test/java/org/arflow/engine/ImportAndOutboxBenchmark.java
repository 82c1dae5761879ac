package org.arflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.arflow.benchmark.BenchmarkResults;
import org.arflow.claims.ClaimRemittance;
import org.arflow.claims.ClaimService;
import org.arflow.claims.ClaimStage;
import org.arflow.claims.RemittancePosting;
import org.arflow.edi.ImportReport;
import org.arflow.edi.X12Generator;
import org.arflow.edi.X12Import;
import org.arflow.edi.x12.RemittanceParser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * X12 benchmark (./mvnw -Pbenchmark test): 835 parse-only vs parse + archive + post of 10,000 claims,
 * and how fast the outbox drains into the embedded engine with 500 live claims. Posting runs with the
 * relay off, at database speed; the drain is then measured on its own.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"arflow.engine.embedded-port=0", "arflow.database.ephemeral=true",
        "arflow.engine.outbox-relay=false", "arflow.demo.enabled=true", "arflow.demo.office=false", "arflow.tasks.reconcile-every=PT1H",
        "arflow.x12.inbox-every=PT1H", "arflow.x12.outbox-every=PT1H"})
class ImportAndOutboxBenchmark {

    private static final int CLAIMS = 10_000;
    private static final int LIVE = 500;

    @Autowired
    X12Import importer;
    @Autowired
    OutboxRelay relay;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClaimService claims;
    @Autowired
    RemittancePosting posting;

    @Test
    void remittance_parse_versus_full_import_and_outbox_drain() {
        byte[] claimFile = X12Generator.claims("BM-", CLAIMS).getBytes(StandardCharsets.US_ASCII);
        long t0 = System.nanoTime();
        ImportReport intake = importer.importFile("bench.837", claimFile, "BENCHMARK", "bench");
        double intakeSeconds = seconds(t0);
        assertThat(intake.counts().claimsCreated()).isEqualTo(CLAIMS);
        BenchmarkResults.record("837 intake (parse + archive + claim + outbox), claims/s", CLAIMS / intakeSeconds, "claims/s");

        byte[] remittanceFile = X12Generator.remittance("BM-", CLAIMS, "EFT-BENCH").getBytes(StandardCharsets.US_ASCII);
        double parseSeconds = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            int parsed = new RemittanceParser().parse(new ByteArrayInputStream(remittanceFile), "bench.835")
                    .getFirst().claims().size();
            parseSeconds = Math.min(parseSeconds, seconds(start));
            assertThat(parsed).isEqualTo(CLAIMS);
        }
        long start = System.nanoTime();
        ImportReport report = importer.importFile("bench.835", remittanceFile, "BENCHMARK", "bench");
        double importSeconds = seconds(start);
        assertThat(report.counts().remittancesPosted()).isEqualTo(CLAIMS);
        BenchmarkResults.record("835 parse only, claims/s", CLAIMS / parseSeconds, "claims/s");
        BenchmarkResults.record("835 parse + archive + post + outbox, claims/s", CLAIMS / importSeconds, "claims/s");
        BenchmarkResults.record("835 full import time / parse time (goal < 5)", importSeconds / parseSeconds, "x");

        // the drain: leave the 10,000 aside, start 500 live claims and pay them through the engine
        jdbc.sql("update engine_outbox set sent_at = now() where sent_at is null").update();
        LocalDate dos = LocalDate.now().minusDays(10);
        for (int i = 0; i < LIVE; i++) {
            claims.submit(new org.arflow.claims.NewClaim("LIVE-" + i,
                    new org.arflow.claims.NewClaim.PatientRef("Live", "Patient" + i, LocalDate.of(1960, 1, 1), "L" + i),
                    "Medicare", null, dos, null, new BigDecimal("100.00"), null, List.of()));
        }
        double startsPerSecond = LIVE / drain();
        await().atMost(Duration.ofMinutes(5)).until(() -> claims.list(new org.arflow.claims.ClaimFilter(
                ClaimStage.AWAITING_PAYER, "Medicare", 0, 500)).size() >= LIVE);
        for (int i = 0; i < LIVE; i++) {
            posting.post("LIVE-" + i, new ClaimRemittance("EFT-LIVE:" + i, "1", new BigDecimal("100.00"),
                    new BigDecimal("100.00"), BigDecimal.ZERO, "ICN" + i, dos.plusDays(5), List.of(), List.of(), List.of()));
        }
        double messagesPerSecond = LIVE / drain();
        BenchmarkResults.record("outbox drain into the embedded engine: process starts/s (" + LIVE + " live)",
                startsPerSecond, "starts/s");
        BenchmarkResults.record("outbox drain into the embedded engine: remittance messages/s (" + LIVE + " live)",
                messagesPerSecond, "messages/s");
    }

    /** Relays until the outbox is empty; returns the seconds it took. */
    private double drain() {
        long start = System.nanoTime();
        while (jdbc.sql("select count(*) from engine_outbox where sent_at is null").query(Long.class).single() > 0) {
            relay.relayDue();
        }
        return seconds(start);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
