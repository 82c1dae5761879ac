package org.arflow.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import org.arflow.IntegrationTest;
import org.arflow.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The claims API as a script uses it: HTTP Basic, JSON in and out. */
@IntegrationTest
class ClaimApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    @Test
    void created_claim_shows_its_started_follow_up_and_first_timeline_events() throws Exception {
        var created = http().postJson("/api/claims", "biller", claim("API-1001", "250.00"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/claims/API-1001");

        JsonNode detail = await().atMost(Duration.ofSeconds(30)).until(() -> get("API-1001"),
                d -> !d.at("/claim/processInstanceKey").isNull() && d.at("/timeline").size() >= 2);

        assertThat(detail.at("/claim/stage").asText()).isEqualTo("AWAITING_PAYER");
        assertThat(detail.at("/claim/payerName").asText()).isEqualTo("Medicare");
        assertThat(detail.at("/claim/timelyFilingDeadline").asText())
                .isEqualTo(LocalDate.now().minusDays(5).plusDays(365).toString());
        assertThat(detail.at("/timeline/0/kind").asText()).isEqualTo("SUBMITTED");
        assertThat(detail.at("/timeline/1/kind").asText()).isEqualTo("AWAITING_PAYER");
        assertThat(detail.at("/serviceLines/0/procedureCode").asText()).isEqualTo("99213");
        assertThat(detail.at("/openTasks").isArray()).isTrue();
    }

    @Test
    void a_known_claim_id_is_refused_with_409_and_nothing_changes() {
        assertThat(http().postJson("/api/claims", "biller", claim("API-2002", "75.00")).statusCode()).isEqualTo(201);

        var again = http().postJson("/api/claims", "biller", claim("API-2002", "99.00"));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("API-2002 is already known");
    }

    @Test
    void invalid_input_is_refused_with_400_naming_each_field() {
        var response = http().postJson("/api/claims", "biller", """
                {"claimId":"","patient":{"firstName":"A"},"payerName":"Acme Health",
                 "serviceFrom":"2999-01-01","billedAmount":-3}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("claimId").contains("billedAmount").contains("serviceFrom")
                .contains("patient.lastName");
    }

    @Test
    void a_biller_sees_only_the_claims_of_the_payers_their_teams_work() throws Exception {
        jdbc.sql("insert into app_user (username, display_name, password_hash) values ('outsider', 'Out Sider', :h) on conflict do nothing")
                .param("h", passwords.encode("outsider")).update();
        jdbc.sql("insert into user_role (username, role) values ('outsider', 'BILLER') on conflict do nothing").update();
        jdbc.sql("insert into team (name) values ('Dental payers') on conflict do nothing").update();
        jdbc.sql("insert into team_member (team_id, username) select id, 'outsider' from team where name = 'Dental payers' on conflict do nothing").update();
        assertThat(http().postJson("/api/claims", "biller", claim("API-TEAM-1", "55.00")).statusCode()).isEqualTo(201);

        assertThat(http().get("/api/claims/API-TEAM-1", "outsider").statusCode()).isEqualTo(404);
        assertThat(json.readTree(http().get("/api/claims?size=500", "outsider").body()).findValuesAsText("claimId"))
                .doesNotContain("API-TEAM-1");
        assertThat(http().get("/api/claims/API-TEAM-1", "biller").statusCode()).isEqualTo(200);
        assertThat(http().get("/api/claims/API-TEAM-1", "supervisor").statusCode()).isEqualTo(200);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwords;

    @Test
    void unknown_claim_is_404() {
        assertThat(http().get("/api/claims/NOPE-404", "biller").statusCode()).isEqualTo(404);
    }

    @Test
    void claims_are_listed_by_stage_and_payer() throws Exception {
        http().postJson("/api/claims", "biller", claim("API-3003", "40.00"));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("API-3003").at("/claim/stage").asText(),
                "AWAITING_PAYER"::equals);

        JsonNode waiting = json.readTree(http().get("/api/claims?stage=AWAITING_PAYER&payer=medicare&size=500",
                "biller").body());
        JsonNode closed = json.readTree(http().get("/api/claims?stage=CLOSED", "biller").body());

        assertThat(waiting.findValuesAsText("claimId")).contains("API-3003");
        assertThat(closed.findValuesAsText("claimId")).doesNotContain("API-3003");
    }

    @Test
    void the_api_is_described_by_openapi() throws Exception {
        var response = http().get("/api/openapi", "biller");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = json.readTree(response.body());
        assertThat(doc.at("/paths").has("/api/claims/{claimId}")).isTrue();
        assertThat(doc.at("/paths").has("/api/tasks/{taskKey}/complete")).isTrue();
    }

    private JsonNode get(String claimId) throws Exception {
        return json.readTree(http().get("/api/claims/" + claimId, "biller").body());
    }

    private static String claim(String claimId, String billed) {
        return """
                {"claimId":"%s","patient":{"firstName":"Jane","lastName":"Roe","birthDate":"1980-02-03"},
                 "payerName":"Medicare","serviceFrom":"%s","billedAmount":%s,
                 "serviceLines":[{"procedureCode":"99213","charge":%s,"units":1}]}"""
                .formatted(claimId, LocalDate.now().minusDays(5), billed, billed);
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
