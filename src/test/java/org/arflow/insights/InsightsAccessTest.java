package org.arflow.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.arflow.IntegrationTest;
import org.arflow.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Only supervisors and admins read the insights over HTTP. */
@IntegrationTest
class InsightsAccessTest {

    static final List<String> ENDPOINTS = List.of("/api/insights/ar", "/api/insights/kpis", "/api/insights/queues",
            "/api/insights/productivity", "/api/insights/ar.csv", "/api/insights/kpis.csv", "/api/insights/queues.csv",
            "/api/insights/productivity.csv", "/api/insights/ar?format=csv", "/api/insights/trend", "/api/insights/trend.csv",
            "/api/insights/incidents", "/api/insights/incidents.csv");

    @LocalServerPort
    int port;

    @Test
    void a_biller_gets_403_on_every_insights_endpoint() {
        ENDPOINTS.forEach(path -> assertThat(http().get(path, "biller").statusCode()).as(path).isEqualTo(403));
    }

    @Test
    void an_analyst_gets_403_and_an_anonymous_caller_401() {
        ENDPOINTS.forEach(path -> {
            assertThat(http().get(path, "analyst").statusCode()).as(path).isEqualTo(403);
            assertThat(http().get(path, null).statusCode()).as(path).isEqualTo(401);
        });
    }

    @Test
    void supervisors_and_admins_read_every_endpoint() {
        for (String user : List.of("supervisor", "admin")) {
            ENDPOINTS.forEach(path -> assertThat(http().get(path, user).statusCode()).as(user + " " + path).isEqualTo(200));
        }
        assertThat(http().get("/api/insights/kpis", "supervisor").body()).contains("\"key\":\"daysInAr\"", "\"benchmark\"");
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
