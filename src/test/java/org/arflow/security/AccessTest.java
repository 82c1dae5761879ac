package org.arflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.arflow.IntegrationTest;
import org.arflow.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AccessTest {

    @LocalServerPort
    int port;

    @Test
    void api_refuses_requests_without_credentials() {
        var response = http().get("/api/claims", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void api_refuses_a_wrong_password() {
        var response = http().get("/api/claims", "not-a-user");
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void api_accepts_http_basic_with_a_user_of_the_right_role() {
        assertThat(http().get("/api/claims", "biller").statusCode()).isEqualTo(200);
    }

    @Test
    void api_refuses_a_user_whose_role_may_not_use_it() {
        assertThat(http().get("/api/claims", "analyst").statusCode()).isEqualTo(403);
        assertThat(http().postJson("/api/claims", "admin", """
                {"claimId":"ADMIN-1","patient":{"firstName":"Test","lastName":"Patient"},"payerName":"Medicare",
                 "serviceFrom":"2026-10-01","billedAmount":10}""").statusCode()).isEqualTo(403);
    }

    @Test
    void views_send_an_anonymous_visitor_to_the_login_page() {
        for (String view : new String[] {"/", "/claims", "/overview", "/admin/users"}) {
            var response = http().get(view, null);
            assertThat(response.statusCode()).as(view).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(view)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void login_page_and_health_are_open_to_all() {
        assertThat(http().get("/login", null).statusCode()).isEqualTo(200);
        var health = http().get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("engine");
        assertThat(http().get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(http().get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void metrics_and_health_details_are_for_admins_only() {
        assertThat(http().get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(http().get("/actuator/prometheus", "biller").statusCode()).isEqualTo(403);
        var metrics = http().get("/actuator/prometheus", "admin");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        var health = http().get("/actuator/health", "admin");
        assertThat(health.body()).contains("\"engine\"").contains("\"mode\":\"embedded\"").contains("\"db\"");
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
