package org.arflow.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import org.arflow.IntegrationTest;
import org.arflow.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The report an admin reads when claims and the engine disagree, and the two ways to mend it. */
@IntegrationTest
class FollowUpConsistencyTest {

    @Autowired
    LifecycleDriver office;
    @Autowired
    FollowUpConsistency consistency;
    @Autowired
    CamundaClient client;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void an_open_claim_whose_follow_up_was_lost_is_reported_and_resumed_by_an_admin() {
        office.submit("CONS-LOST", "Medicare", 3, "80.00", null);
        long lost = office.instanceKey("CONS-LOST");
        assertThat(consistency.check().claimsWithoutInstance()).doesNotContain("CONS-LOST");
        client.newCancelInstanceCommand(lost).send().join();

        assertThat(consistency.check().claimsWithoutInstance()).contains("CONS-LOST");
        var refused = new TestHttp(port).postJson("/api/admin/consistency/claims/CONS-LOST/resume", "supervisor", "{}");
        assertThat(refused.statusCode()).isEqualTo(403);
        var resumed = new TestHttp(port).postJson("/api/admin/consistency/claims/CONS-LOST/resume", "admin", "{}");

        assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !consistency.check().claimsWithoutInstance().contains("CONS-LOST"));
        assertThat(office.instanceKey("CONS-LOST")).isNotEqualTo(lost);
    }

    @Test
    void a_follow_up_still_running_for_a_closed_claim_is_reported_and_cancelled() {
        office.submit("CONS-STRAY", "Medicare", 3, "80.00", null);
        long stray = office.instanceKey("CONS-STRAY");
        jdbc.sql("update claim set closed_at = now() where claim_id = 'CONS-STRAY'").update();

        var report = new TestHttp(port).get("/api/admin/consistency", "admin");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains(String.valueOf(stray));

        consistency.cancel(stray, "admin");

        assertThat(consistency.check().instancesWithoutClaim()).doesNotContain(stray);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'CANCEL_INSTANCE' and detail like :d")
                .param("d", "%" + stray + "%").query(Long.class).single()).isEqualTo(1);
    }
}
