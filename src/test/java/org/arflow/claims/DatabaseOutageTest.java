package org.arflow.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import java.io.IOException;
import java.time.Duration;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.arflow.TcpProxy;
import org.arflow.database.EmbeddedDatabase;
import org.arflow.engine.EmbeddedEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL becomes unreachable (the network between the app and the database is cut) while timers send
 * claims to workers that need it: the workers fail, the engine retries their jobs after a backoff, and once
 * the database is back every claim takes its step exactly once. Its own context: the database is behind a
 * relay the test can cut, and the engine clock moves by weeks.
 */
@SpringBootTest(properties = {
        "arflow.engine.embedded-port=0",
        "arflow.demo.enabled=true",
        "arflow.demo.office=false",
        "arflow.data-dir=target/database-outage-test",
        "arflow.jobs.retry-backoff=PT3S",
        "spring.datasource.hikari.connection-timeout=2000",
        "spring.datasource.username=postgres",
        "spring.datasource.password=postgres"
})
@org.springframework.test.annotation.DirtiesContext // closed after the class, while its database still runs
class DatabaseOutageTest {

    private static final int CLAIMS = 10;
    private static final EmbeddedDatabase DATABASE = EmbeddedDatabase.ephemeral();
    private static final TcpProxy NETWORK = openRelay();

    @Autowired
    LifecycleDriver office;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedEngine engine;

    @DynamicPropertySource
    static void databaseBehindTheRelay(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + NETWORK.port() + "/postgres");
    }

    static {
        // the database outlives the context (closed after the class); it stops with the test JVM
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                NETWORK.close();
            } catch (IOException e) {
                // nothing left to relay
            }
            DATABASE.close();
        }));
    }

    @AfterAll
    static void reconnect() {
        NETWORK.restore();
    }

    @Test
    void workers_that_fail_while_the_database_is_away_are_retried_and_each_claim_moves_on_exactly_once() throws Exception {
        IntStream.rangeClosed(1, CLAIMS).forEach(i -> office.submit("OUT-" + i, "Medicare", 2, "60.00", null));
        IntStream.rangeClosed(1, CLAIMS).forEach(i -> office.timerDue("OUT-" + i, "NoAnswerInTime"));

        NETWORK.cut();
        office.moveClock(Duration.ofDays(22)); // every claim's wait ends: each needs a status inquiry, and the database
        await().atMost(Duration.ofSeconds(60)).until(() -> failedInquiryJobs() >= CLAIMS);
        NETWORK.restore();

        await().ignoreExceptions().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(*) || '/' || count(distinct c.claim_id) from status_inquiry s
                        join claim c on c.id = s.claim_id where c.claim_id like 'OUT-%'""")
                .query(String.class).single()).as("inquiries / claims asked about").isEqualTo(CLAIMS + "/" + CLAIMS));
        assertThat(jdbc.sql("select count(*) from claim where claim_id like 'OUT-%' and stage = 'INQUIRY_SENT'")
                .query(Long.class).single()).isEqualTo(CLAIMS);
        assertThat(jdbc.sql("""
                        select count(*) from claim_event e join claim c on c.id = e.claim_id
                        where c.claim_id like 'OUT-%' and e.kind = 'INQUIRY'""").query(Long.class).single())
                .as("one timeline entry per inquiry").isEqualTo(CLAIMS);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(distinct claim_id) from job_failure
                        where job_type = 'request-status-inquiry' and claim_id like 'OUT-%'""")
                .query(Long.class).single()).as("failures seen while the database was away, recorded once it returned")
                .isEqualTo(CLAIMS));
        System.out.printf("database outage test: %d claims, %d failed worker attempts while away, %d inquiries after"
                + " (duplicates 0), nothing lost%n", CLAIMS, failedInquiryJobs(), CLAIMS);
    }

    private long failedInquiryJobs() {
        var records = RecordStream.of(((ZeebeTestEngine) engine.engine()).getRecordStreamSource()).jobRecords();
        return StreamSupport.stream(records.spliterator(), false)
                .filter(r -> r.getIntent() == JobIntent.FAILED && "request-status-inquiry".equals(r.getValue().getType()))
                .count();
    }

    private static TcpProxy openRelay() {
        try {
            return new TcpProxy(DATABASE.port());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
