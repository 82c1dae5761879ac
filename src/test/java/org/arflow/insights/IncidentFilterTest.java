package org.arflow.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.arflow.IntegrationTest;
import org.arflow.TestHttp;
import org.arflow.claims.LifecycleDriver;
import org.arflow.incidents.Incident;
import org.arflow.tasks.OfficeCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Incidents filtered like the dashboard: an Acme Health claim's step failed today, a Medicare claim's ten days
 * ago, and one step without a claim today.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentFilterTest {

    static final long ACME = 9_100_000_001L;
    static final long MEDICARE = 9_100_000_002L;
    static final long NO_CLAIM = 9_100_000_003L;

    @Autowired
    Insights insights;
    @Autowired
    LifecycleDriver office;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @BeforeAll
    void failedSteps() {
        office.submit("INC-F-ACME", "Acme Health", 20, "100.00", null);
        office.submit("INC-F-MCR", "Medicare", 20, "100.00", null);
        failed(ACME, "INC-F-ACME", 0);
        failed(MEDICARE, "INC-F-MCR", 10);
        failed(NO_CLAIM, null, 0);
    }

    @AfterAll
    void removeThem() {
        jdbc.sql("delete from job_failure where job_key in (:k)").param("k", List.of(ACME, MEDICARE, NO_CLAIM)).update();
    }

    @Test
    void incidents_are_narrowed_to_a_payer_a_team_and_the_days_they_failed() {
        assertThat(keys(new InsightsFilter(null, null, null, null))).contains(ACME, MEDICARE, NO_CLAIM);
        assertThat(keys(new InsightsFilter(null, null, "Acme Health", null))).contains(ACME)
                .doesNotContain(MEDICARE, NO_CLAIM);
        assertThat(keys(new InsightsFilter(null, null, null, "Government payers"))).contains(MEDICARE)
                .doesNotContain(ACME, NO_CLAIM);
        var today = new OfficeCalendar().today();
        assertThat(keys(new InsightsFilter(today.minusDays(2), today, null, null))).contains(ACME, NO_CLAIM)
                .doesNotContain(MEDICARE);
        assertThat(keys(new InsightsFilter(today.minusDays(12), today.minusDays(8), null, null))).contains(MEDICARE)
                .doesNotContain(ACME, NO_CLAIM);
    }

    @Test
    void the_api_filters_the_same_way_in_json_and_csv() {
        String csv = new TestHttp(port).get("/api/insights/incidents.csv?payer=Acme%20Health", "supervisor").body();

        assertThat(csv).contains(String.valueOf(ACME), "INC-F-ACME").doesNotContain(String.valueOf(MEDICARE),
                String.valueOf(NO_CLAIM));
        assertThat(new TestHttp(port).get("/api/insights/incidents?team=Government%20payers", "supervisor").body())
                .contains(String.valueOf(MEDICARE)).doesNotContain(String.valueOf(ACME));
    }

    private List<Long> keys(InsightsFilter filter) {
        return insights.incidents(filter).stream().map(Incident::jobKey).toList();
    }

    private void failed(long jobKey, String claimId, int daysAgo) {
        jdbc.sql("""
                        insert into job_failure (job_key, job_type, process_instance_key, element_id, claim_id,
                                                 error_message, retries_left, failed_at)
                        values (:k, 'post-remittance', :k, 'PostRemittance', :claim, 'ledger unreachable', 0,
                                now() - make_interval(days => :days))""")
                .param("k", jobKey).param("claim", claimId).param("days", daysAgo).update();
    }
}
