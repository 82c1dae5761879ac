package org.arflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.arflow.claims.ClaimFilter;
import org.arflow.claims.ClaimService;
import org.arflow.claims.ClaimStage;
import org.arflow.edi.X12Import;
import org.arflow.tasks.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo office fills itself through the real import path and keeps living through the inbox folder. */
@org.springframework.boot.test.context.SpringBootTest(
        webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"arflow.engine.embedded-port=0", "arflow.database.ephemeral=true", "arflow.demo.enabled=true",
                "arflow.demo.office=false", "arflow.test.context=demo-office",
                "arflow.data-dir=target/demo-office-test"}) // its own inbox folder: another context must not import its files
// its own engine: the demo's dates are today's, and other tests move the shared engine's clock by months
class DemoOfficeTest {

    @Autowired
    DemoOffice office;
    @Autowired
    DemoPayers payers;
    @Autowired
    ClaimService claims;
    @Autowired
    TaskService tasks;
    @Autowired
    X12Import importer;

    @Test
    void a_seeded_office_has_claims_at_several_stages_and_work_in_the_billers_queue() {
        office.seed(60, 4242);

        assertThat(importer.recentFiles(500)).anyMatch(f -> f.fileName().equals("demo-claims-4242.837")
                && f.status().equals("IMPORTED"));
        assertThat(importer.recentFiles(500)).anyMatch(f -> f.fileName().endsWith(".835") && f.source().equals("DEMO"));
        // work in the queues on the demo claims (billing teams' or supervisors': earlier tests in this shared
        // context moved the engine's clock, so some demo claims are already past their timely-filing dates)
        await().atMost(Duration.ofSeconds(90)).until(() -> claims.list(new ClaimFilter(null, null, 0, 500)).stream()
                .filter(c -> c.claimId().startsWith("DEMO-4242-"))
                .anyMatch(c -> !tasks.openTasks(c.claimId()).isEmpty()));
        await().atMost(Duration.ofSeconds(60)).until(() ->
                !claims.list(new ClaimFilter(ClaimStage.CLOSED, null, 0, 500)).isEmpty()
                        || !claims.list(new ClaimFilter(ClaimStage.PATIENT_BALANCE, null, 0, 500)).isEmpty());
    }

    @Test
    void the_practice_and_the_payers_keep_sending_files_through_the_inbox() {
        payers.sendNewClaims(2);
        await().atMost(Duration.ofSeconds(60)).until(() -> claims.list(new ClaimFilter(null, null, 0, 500)).stream()
                .filter(c -> c.claimId().startsWith("DEMO-NEW-")).count() >= 2);
        await().atMost(Duration.ofSeconds(60)).until(() -> claims.list(new ClaimFilter(ClaimStage.AWAITING_PAYER, null, 0, 500))
                .stream().anyMatch(c -> c.claimId().startsWith("DEMO-NEW-")));

        int answered = payers.answerWaitingClaims(OffsetDateTime.now().plusDays(200));

        assertThat(answered).isPositive();
        await().atMost(Duration.ofSeconds(60)).until(() -> importer.recentFiles(500).stream()
                .anyMatch(f -> f.source().equals("INBOX") && f.fileName().endsWith(".835") && f.status().equals("IMPORTED")));
    }
}
