package org.arflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.arflow.IntegrationTest;
import org.arflow.TestHttp;
import org.arflow.security.AuditLog;
import org.arflow.security.Role;
import org.arflow.security.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The work-queue API keeps the same rules as the views: your teams only, first claim wins, supervisors assign. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskQueueApiTest {

    static final String TEAM = "Api team";

    @LocalServerPort
    int port;
    @Autowired
    TaskFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    AuditLog audit;
    @Autowired
    ObjectMapper json;

    long first;
    long second;

    @BeforeAll
    void tasksOfOneTeam() {
        users.create("api1", "Ada Api", List.of(TEAM), Role.BILLER);
        users.create("api2", "Abe Api", List.of(TEAM), Role.BILLER);
        users.create("apiout", "Ann Outside", List.of("Another team"), Role.BILLER);
        fixtures.payerForTeam("Api Health", TEAM);
        List<Long> keys = fixtures.correctionTasks("Api Health", "210.00", 15, "API-1", "API-2");
        first = keys.get(0);
        second = keys.get(1);
    }

    @Test
    void the_team_queue_shows_a_biller_their_teams_tasks_and_nobody_elses() {
        assertThat(keys(http().get("/api/tasks/queue?payer=Api%20Health", "api1"))).contains(first, second);
        assertThat(keys(http().get("/api/tasks/queue?payer=Api%20Health", "apiout"))).isEmpty();
        assertThat(keys(http().get("/api/tasks/queue?claimId=API-", "supervisor"))).contains(first, second);
    }

    @Test
    void a_biller_of_another_team_cannot_open_claim_or_complete_the_task() {
        assertThat(http().get("/api/tasks/" + second, "apiout").statusCode()).isEqualTo(404);
        assertThat(http().postJson("/api/tasks/" + second + "/claim", "apiout", "").statusCode()).isEqualTo(404);
        assertThat(http().postJson("/api/tasks/" + second + "/complete", "apiout",
                "{\"correctionOutcome\":\"RESUBMITTED\"}").statusCode()).isEqualTo(404);
        assertThat(fixtures.assignee(second)).isNull();
        assertThat(fixtures.state(second)).isEqualTo("OPEN");
        assertThat(audit.entries("apiout", null, 0, 20)).anyMatch(e -> e.action().equals("TASK_REFUSED"));
    }

    @Test
    void the_first_claim_wins_and_the_second_biller_is_told_who_holds_it() throws Exception {
        assertThat(http().postJson("/api/tasks/" + first + "/claim", "api1", "").statusCode()).isEqualTo(200);

        var second = http().postJson("/api/tasks/" + first + "/claim", "api2", "");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json.readTree(second.body()).get("detail").asText()).contains("already claimed by Ada Api");
        assertThat(fixtures.assignee(first)).isEqualTo("api1");
        assertThat(http().postJson("/api/tasks/" + first + "/unclaim", "api2", "").statusCode()).isEqualTo(409);
        assertThat(fixtures.assignee(first)).isEqualTo("api1");
        assertThat(keys(http().get("/api/tasks/mine", "api1"))).contains(first);

        assertThat(http().postJson("/api/tasks/" + first + "/unclaim", "api1", "").statusCode()).isEqualTo(200);
        assertThat(fixtures.assignee(first)).isNull();
        assertThat(audit.entries("api1", "API-1", 0, 20)).extracting(e -> e.action())
                .contains("CLAIM_TASK", "UNCLAIM_TASK");
    }

    @Test
    void only_supervisors_assign_and_reassign_tasks() {
        String body = "{\"taskKeys\":[" + first + "," + second + "],\"assignee\":\"api2\"}";
        assertThat(http().postJson("/api/tasks/assign", "api1", body).statusCode()).isEqualTo(403);
        assertThat(fixtures.assignee(second)).isNull();

        var assigned = http().postJson("/api/tasks/assign", "supervisor", body);
        assertThat(assigned.statusCode()).isEqualTo(200);
        assertThat(fixtures.assignee(first)).isEqualTo("api2");
        assertThat(fixtures.assignee(second)).isEqualTo("api2");

        http().postJson("/api/tasks/assign", "supervisor", "{\"taskKeys\":[" + first + "," + second + "],\"assignee\":null}");
        assertThat(fixtures.assignee(first)).isNull();
        assertThat(fixtures.assignee(second)).isNull();
    }

    @Test
    void an_incomplete_form_is_refused_with_the_field_named_and_nothing_happens() throws Exception {
        var response = http().postJson("/api/tasks/" + second + "/complete", "api1", "{\"correctionOutcome\":\"MAYBE\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("errors").get("correctionOutcome").asText())
                .isEqualTo("Outcome must be one of: Corrected and resubmitted, Cannot be corrected: write-off review.");
        assertThat(fixtures.state(second)).isEqualTo("OPEN");
    }

    @Test
    void a_snoozed_task_leaves_the_team_queue_until_its_date() {
        long task = fixtures.correctionTasks("Api Health", "90.00", 15, "API-SNOOZE").getFirst();
        String until = java.time.LocalDate.now(OfficeCalendar.ZONE).plusDays(5).toString();

        assertThat(http().postJson("/api/tasks/" + task + "/snooze", "api2", "{\"until\":\"" + until + "\"}")
                .statusCode()).isEqualTo(200);
        assertThat(keys(http().get("/api/tasks/queue?claimId=API-SNOOZE", "api1"))).isEmpty();

        http().postJson("/api/tasks/" + task + "/snooze", "api2", "{\"until\":null}");
        assertThat(keys(http().get("/api/tasks/queue?claimId=API-SNOOZE", "api1"))).containsExactly(task);
    }

    @Test
    void other_roles_and_strangers_get_no_queue() {
        assertThat(http().get("/api/tasks/queue", "analyst").statusCode()).isEqualTo(403);
        assertThat(http().get("/api/tasks/queue", null).statusCode()).isEqualTo(401);
    }

    private List<Long> keys(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            List<Long> keys = new java.util.ArrayList<>();
            json.readTree(response.body()).forEach(t -> keys.add(t.get("taskKey").asLong()));
            return keys;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
