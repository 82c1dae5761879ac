package org.arflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.arflow.IntegrationTest;
import org.arflow.claims.ClaimService;
import org.arflow.claims.ClaimStage;
import org.arflow.claims.LifecycleDriver;
import org.arflow.ui.BrowserlessUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every view and every API endpoint, tried as every role and as nobody. The matrix below is the access
 * policy; a view or endpoint that is not in it fails the test, so a new one cannot ship unlisted.
 */
@IntegrationTest
class AuthorizationMatrixTest {

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> BILLING = EnumSet.of(Role.BILLER, Role.SUPERVISOR);
    private static final Set<Role> OVERSIGHT = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
    private static final Set<Role> DESIGN_READERS = EnumSet.of(Role.ANALYST, Role.SUPERVISOR);

    /** Route → roles that may open it. Parameters are filled with a value that exists nowhere. */
    static final Map<String, Set<Role>> VIEWS = new TreeMap<>(Map.ofEntries(
            Map.entry("", ALL),
            Map.entry("my-work", BILLING),
            Map.entry("queue", BILLING),
            Map.entry("tasks", BILLING),
            Map.entry("claims", BILLING),
            Map.entry("credit-balances", BILLING),
            Map.entry("patients", BILLING),
            Map.entry("x12", EnumSet.of(Role.BILLER, Role.SUPERVISOR, Role.ADMIN)),
            Map.entry("overview", OVERSIGHT),
            Map.entry("heatmap", OVERSIGHT),
            Map.entry("incidents", OVERSIGHT),
            Map.entry("audit", OVERSIGHT),
            Map.entry("admin/users", EnumSet.of(Role.ADMIN)),
            Map.entry("admin/consistency", EnumSet.of(Role.ADMIN)),
            Map.entry("processes", EnumSet.of(Role.ANALYST, Role.SUPERVISOR)),
            Map.entry("processes/drafts/:id", EnumSet.of(Role.ANALYST)),
            Map.entry("whatif", DESIGN_READERS)));

    /** "METHOD /pattern" → roles that may call it. */
    static final Map<String, Set<Role>> ENDPOINTS = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /api/claims", EnumSet.of(Role.BILLER, Role.SUPERVISOR, Role.ADMIN)),
            Map.entry("GET /api/claims/{claimId}", EnumSet.of(Role.BILLER, Role.SUPERVISOR, Role.ADMIN)),
            Map.entry("GET /api/claims/credit-balances", EnumSet.of(Role.BILLER, Role.SUPERVISOR, Role.ADMIN)),
            Map.entry("POST /api/claims", BILLING),
            Map.entry("POST /api/claims/{claimId}/remittances", BILLING),
            Map.entry("POST /api/claims/{claimId}/status-responses", BILLING),
            Map.entry("POST /api/claims/{claimId}/appeal-decisions", BILLING),
            Map.entry("GET /api/payers", ALL),
            Map.entry("GET /api/tasks", BILLING),
            Map.entry("GET /api/tasks/queue", BILLING),
            Map.entry("GET /api/tasks/mine", BILLING),
            Map.entry("GET /api/tasks/{taskKey}", BILLING),
            Map.entry("POST /api/tasks/{taskKey}/claim", BILLING),
            Map.entry("POST /api/tasks/{taskKey}/unclaim", BILLING),
            Map.entry("POST /api/tasks/{taskKey}/snooze", BILLING),
            Map.entry("POST /api/tasks/{taskKey}/complete", BILLING),
            Map.entry("POST /api/tasks/assign", EnumSet.of(Role.SUPERVISOR)),
            Map.entry("GET /api/patients/{id}/account", BILLING),
            Map.entry("POST /api/patients/{id}/payments", BILLING),
            Map.entry("GET /api/statements/{id}", BILLING),
            Map.entry("GET /api/statements/daily", BILLING),
            Map.entry("POST /api/x12", EnumSet.of(Role.BILLER, Role.SUPERVISOR, Role.ADMIN)),
            Map.entry("GET /api/x12/files", EnumSet.of(Role.BILLER, Role.SUPERVISOR, Role.ADMIN)),
            Map.entry("GET /api/x12/files/{id}/content", OVERSIGHT),
            Map.entry("POST /api/x12/files/{id}/import-anyway", OVERSIGHT),
            Map.entry("GET /api/x12/ledger", EnumSet.of(Role.BILLER, Role.SUPERVISOR, Role.ADMIN)),
            Map.entry("GET /api/x12/ledger/balances", EnumSet.of(Role.BILLER, Role.SUPERVISOR, Role.ADMIN)),
            Map.entry("GET /api/x12/exceptions", EnumSet.of(Role.BILLER, Role.SUPERVISOR, Role.ADMIN)),
            Map.entry("POST /api/x12/exceptions/{id}/resolve", EnumSet.of(Role.BILLER, Role.SUPERVISOR, Role.ADMIN)),
            Map.entry("GET /api/insights/ar", OVERSIGHT),
            Map.entry("GET /api/insights/ar.csv", OVERSIGHT),
            Map.entry("GET /api/insights/kpis", OVERSIGHT),
            Map.entry("GET /api/insights/kpis.csv", OVERSIGHT),
            Map.entry("GET /api/insights/queues", OVERSIGHT),
            Map.entry("GET /api/insights/queues.csv", OVERSIGHT),
            Map.entry("GET /api/insights/productivity", OVERSIGHT),
            Map.entry("GET /api/insights/productivity.csv", OVERSIGHT),
            Map.entry("GET /api/insights/incidents", OVERSIGHT),
            Map.entry("GET /api/insights/incidents.csv", OVERSIGHT),
            Map.entry("POST /api/insights/incidents/{jobKey}/retry", OVERSIGHT),
            Map.entry("GET /api/insights/trend", OVERSIGHT),
            Map.entry("GET /api/insights/trend.csv", OVERSIGHT),
            Map.entry("GET /api/insights/heatmap", OVERSIGHT),
            Map.entry("GET /api/insights/heatmap.csv", OVERSIGHT),
            Map.entry("GET /api/insights/heatmap/waiting", OVERSIGHT),
            Map.entry("GET /api/insights/heatmap/waiting.csv", OVERSIGHT),
            Map.entry("GET /api/admin/consistency", EnumSet.of(Role.ADMIN)),
            Map.entry("GET /api/admin/no-work-adjustments", EnumSet.of(Role.ADMIN)),
            Map.entry("PUT /api/admin/no-work-adjustments/{group}/{reason}", EnumSet.of(Role.ADMIN)),
            Map.entry("DELETE /api/admin/no-work-adjustments/{group}/{reason}", EnumSet.of(Role.ADMIN)),
            Map.entry("POST /api/admin/consistency/claims/{claimId}/resume", EnumSet.of(Role.ADMIN)),
            Map.entry("POST /api/admin/consistency/instances/{processInstanceKey}/cancel", EnumSet.of(Role.ADMIN)),
            Map.entry("GET /api/design/processes", DESIGN_READERS),
            Map.entry("GET /api/design/processes/{kind}/{id}/{version}/file", DESIGN_READERS),
            Map.entry("GET /api/design/export", DESIGN_READERS),
            Map.entry("GET /api/design/drafts", EnumSet.of(Role.ANALYST)),
            Map.entry("GET /api/design/drafts/{id}", EnumSet.of(Role.ANALYST)),
            Map.entry("POST /api/design/drafts", EnumSet.of(Role.ANALYST)),
            Map.entry("POST /api/design/drafts/upload", EnumSet.of(Role.ANALYST)),
            Map.entry("PUT /api/design/drafts/{id}", EnumSet.of(Role.ANALYST)),
            Map.entry("DELETE /api/design/drafts/{id}", EnumSet.of(Role.ANALYST)),
            Map.entry("POST /api/design/drafts/{id}/validation", EnumSet.of(Role.ANALYST)),
            Map.entry("POST /api/design/drafts/{id}/deployment", EnumSet.of(Role.ANALYST)),
            Map.entry("GET /api/whatif/sides", EnumSet.of(Role.ANALYST)),
            Map.entry("POST /api/whatif/runs", EnumSet.of(Role.ANALYST)),
            Map.entry("GET /api/whatif/runs", DESIGN_READERS),
            Map.entry("GET /api/whatif/runs/{id}", DESIGN_READERS),
            // the API's own description: any signed-in user
            Map.entry("GET /api/openapi", ALL),
            Map.entry("GET /api/openapi.yaml", ALL),
            Map.entry("GET /api/openapi/swagger-config", ALL),
            Map.entry("GET /api/docs", ALL)));

    /** Bodies that get past security without changing anything (an allowed caller then gets 4xx). */
    private static final Map<String, byte[]> PROBE_BODIES = Map.of(
            // over the test limit of 2 MB: refused with 413 before anything is stored
            "POST /api/x12", new byte[2 * 1024 * 1024 + 16],
            // a small run: the analyst's probe starts a real one, which must not load the rest of the suite
            "POST /api/whatif/runs", "{\"claims\": 20, \"horizonDays\": 30}".getBytes(StandardCharsets.UTF_8));

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext spring;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    LifecycleDriver office;
    @Autowired
    ClaimService claims;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void logOut() {
        BrowserlessUi.logOut();
    }

    @Test
    void every_view_and_endpoint_of_the_app_is_listed_in_the_access_matrix() {
        assertThat(routes()).as("views: add each new one to VIEWS with the roles that may open it")
                .containsExactlyInAnyOrderElementsOf(VIEWS.keySet());
        assertThat(endpoints()).as("endpoints: add each new one to ENDPOINTS with the roles that may call it")
                .containsExactlyInAnyOrderElementsOf(ENDPOINTS.keySet());
    }

    @Test
    void each_role_opens_exactly_the_views_the_matrix_gives_it() {
        List<String> wrong = new ArrayList<>();
        for (var view : VIEWS.entrySet()) {
            for (Role role : Role.values()) {
                boolean opened = opens(role, view.getKey());
                if (opened != view.getValue().contains(role)) {
                    wrong.add(role + (opened ? " opened " : " was refused ") + "/" + view.getKey());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_visitor_who_is_not_signed_in_is_sent_to_the_login_page_from_every_view() {
        for (String view : VIEWS.keySet()) {
            HttpResponse<String> response = call("GET", "/" + fill(view), null, null);
            assertThat(response.statusCode()).as("/" + view).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as("/" + view)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void each_role_calls_exactly_the_endpoints_the_matrix_gives_it_and_nobody_calls_any() {
        List<String> wrong = new ArrayList<>();
        for (var endpoint : ENDPOINTS.entrySet()) {
            String[] methodAndPath = endpoint.getKey().split(" ", 2);
            String path = fill(methodAndPath[1]);
            byte[] body = PROBE_BODIES.getOrDefault(endpoint.getKey(), "{}".getBytes(StandardCharsets.UTF_8));
            int anonymous = call(methodAndPath[0], path, null, body).statusCode();
            if (anonymous != 401) {
                wrong.add("nobody got " + anonymous + " from " + endpoint.getKey());
            }
            for (Role role : Role.values()) {
                int status = call(methodAndPath[0], path, userOf(role), body).statusCode();
                boolean allowed = endpoint.getValue().contains(role);
                if (allowed ? status == 401 || status == 403 : status != 403) {
                    wrong.add(role + " got " + status + " from " + endpoint.getKey());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    // --- four eyes on money: the candidate group is a hard rule, the holder completes, requester != approver ---

    @Test
    void a_write_off_review_cannot_be_assigned_to_a_biller_nor_completed_by_one_it_was_handed_to() throws Exception {
        office.submit("FE-ASSIGN", "Medicare", 10, "70.00", null);
        office.remit("FE-ASSIGN", "FE-ASSIGN-ERA", "4", "70.00", "0", "0", LifecycleDriver.adj("CO", "29", "70.00"));
        long review = office.awaitTask("FE-ASSIGN", "ReviewWriteOff").taskKey();

        var assigned = call("POST", "/api/tasks/assign", "supervisor",
                ("{\"taskKeys\":[" + review + "],\"assignee\":\"biller\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(assigned.statusCode()).isEqualTo(403);
        assertThat(assigned.body()).contains("Supervisors").contains("nothing was assigned");
        assertThat(json.readTree(call("GET", "/api/tasks/" + review, "supervisor", null).body()).at("/task/assignee")
                .isNull()).as("still nobody's").isTrue();

        // handed over before the rule existed (or by hand in the database): holding it still gives no right
        jdbc.sql("update user_task set assignee = 'biller' where job_key = :k").param("k", review).update();
        var completed = call("POST", "/api/tasks/" + review + "/complete", "biller",
                "{\"writeOffDecision\":\"APPROVED\",\"writeOffReason\":\"mine\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(completed.statusCode()).isEqualTo(403);
        assertThat(claims.get("FE-ASSIGN").stage()).isEqualTo(ClaimStage.WRITE_OFF_REVIEW);
        assertThat(call("POST", "/api/tasks/" + review + "/claim", "biller", new byte[0]).statusCode())
                .as("nor can the biller claim it").isIn(403, 404, 409);
    }

    @Test
    void a_task_is_completed_only_by_whoever_holds_it() throws Exception {
        long task = correctionTask("FE-HOLD");
        byte[] outcome = "{\"correctionOutcome\":\"RESUBMITTED\"}".getBytes(StandardCharsets.UTF_8);

        var unheld = call("POST", "/api/tasks/" + task + "/complete", "biller", outcome);
        assertThat(unheld.statusCode()).isEqualTo(409);
        assertThat(unheld.body()).contains("Claim the task");
        assertThat(json.readTree(call("GET", "/api/tasks/" + task, "biller", null).body()).at("/task/state").asText())
                .isEqualTo("OPEN");

        assertThat(call("POST", "/api/tasks/" + task + "/claim", "biller", new byte[0]).statusCode()).isEqualTo(200);
        assertThat(call("POST", "/api/tasks/" + task + "/complete", "biller", outcome).statusCode()).isEqualTo(200);
    }

    @Test
    void whoever_asked_for_a_write_off_cannot_approve_it_another_supervisor_can() throws Exception {
        users.create("supervisor2", "Sue Second", List.of("Supervisors"), Role.SUPERVISOR);
        long correction = correctionTask("FE-SELF");
        assertThat(call("POST", "/api/tasks/" + correction + "/claim", "supervisor", new byte[0]).statusCode())
                .isEqualTo(200);
        assertThat(call("POST", "/api/tasks/" + correction + "/complete", "supervisor",
                "{\"correctionOutcome\":\"WRITE_OFF_REVIEW\"}".getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(200);
        long review = office.awaitTask("FE-SELF", "ReviewWriteOff").taskKey();
        byte[] approve = "{\"writeOffDecision\":\"APPROVED\",\"writeOffReason\":\"Cannot be corrected\"}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(claims.timeline("FE-SELF")).anyMatch(e -> e.kind().equals("WRITE_OFF_REQUESTED")
                && e.actor().equals("supervisor"));

        var own = call("POST", "/api/tasks/" + review + "/complete", "supervisor", approve);
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.body()).contains("You asked for this write-off");
        call("POST", "/api/tasks/" + review + "/unclaim", "supervisor", new byte[0]);

        assertThat(call("POST", "/api/tasks/" + review + "/claim", "supervisor2", new byte[0]).statusCode())
                .isEqualTo(200);
        assertThat(call("POST", "/api/tasks/" + review + "/complete", "supervisor2", approve).statusCode())
                .isEqualTo(200);
        office.awaitStage("FE-SELF", ClaimStage.WRITTEN_OFF);
    }

    @Test
    void the_claim_detail_shows_another_team_s_task_only_as_a_task_of_that_team() throws Exception {
        office.submit("FE-MASK", "Medicare", 10, "70.00", null);
        office.remit("FE-MASK", "FE-MASK-ERA", "4", "70.00", "0", "0", LifecycleDriver.adj("CO", "29", "70.00"));
        long review = office.awaitTask("FE-MASK", "ReviewWriteOff").taskKey();

        var seenByBiller = json.readTree(call("GET", "/api/claims/FE-MASK", "biller", null).body()).at("/openTasks/0");
        var seenBySupervisor = json.readTree(call("GET", "/api/claims/FE-MASK", "supervisor", null).body())
                .at("/openTasks/0");

        assertThat(seenByBiller.at("/name").asText()).isEqualTo("A task of team Supervisors");
        assertThat(seenByBiller.at("/taskKey").isNull()).isTrue();
        assertThat(seenBySupervisor.at("/taskKey").asLong()).isEqualTo(review);
    }

    @Test
    void no_endpoint_answers_a_5xx_to_a_wrong_id_or_a_broken_body() {
        List<String> wrong = new ArrayList<>();
        for (var endpoint : ENDPOINTS.entrySet()) {
            String[] methodAndPath = endpoint.getKey().split(" ", 2);
            String user = userOf(endpoint.getValue().iterator().next());
            if (methodAndPath[0].equals("GET")) { // a GET has no body: its wrong id is the probe
                int status = call("GET", fill(methodAndPath[1]), user, null).statusCode();
                if (status >= 500) {
                    wrong.add(endpoint.getKey() + " answered " + status + " to a wrong id");
                }
                continue;
            }
            for (String body : List.of("{", "[1,2]", "{\"claims\":\"many\",\"claimId\":{},\"taskKeys\":\"x\",\"amount\":1e400}")) {
                int status = call(methodAndPath[0], fill(methodAndPath[1]), user,
                        body.getBytes(StandardCharsets.UTF_8)).statusCode();
                if (status >= 500) {
                    wrong.add(endpoint.getKey() + " answered " + status + " to " + body);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** A denial the payer's team corrects (CO-16 on a commercial payer): the "Correct and resubmit" task. */
    private long correctionTask(String claimId) {
        office.submit(claimId, "Acme Health", 20, "120.00", null);
        office.remit(claimId, claimId + "-ERA", "4", "120.00", "0", "0", LifecycleDriver.adj("CO", "4", "120.00"));
        return office.awaitTask(claimId, "CorrectAndResubmit").taskKey();
    }

    private boolean opens(Role role, String route) {
        BrowserlessUi.logIn(spring, userOf(role));
        try {
            UI.getCurrent().navigate(fill(route));
            return true;
        } catch (RuntimeException e) {
            // past the door, a view may still say "no such draft" for the made-up id: that is an opened view
            return !(e instanceof MockAccessDeniedException);
        } finally {
            BrowserlessUi.logOut();
        }
    }

    private Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (var view : new Routes().autoDiscoverViews("org.arflow").getRoutes()) {
            Route route = view.getAnnotation(Route.class);
            if (route != null && !view.getSimpleName().equals("LoginView")) {
                routes.add(route.value());
            }
        }
        return routes;
    }

    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    fail("%s answers every HTTP method: give it one", pattern);
                }
                methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
            }
        });
        return endpoints;
    }

    /** Demo users: one per role, the password is the user name. */
    private static String userOf(Role role) {
        return role.name().toLowerCase();
    }

    private static String fill(String pattern) {
        String filled = pattern.replaceAll("\\{[^}]+}", "999999001").replaceAll(":[a-zA-Z]+", "999999001");
        return pattern.equals("tasks") ? "tasks/999999001" : filled;
    }

    private HttpResponse<String> call(String method, String path, String user, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, method.equals("GET") || body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }
}
