package org.arflow.insights;

import static org.arflow.claims.LifecycleDriver.adj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.arflow.IntegrationTest;
import org.arflow.TestHttp;
import org.arflow.claims.LifecycleDriver;
import org.arflow.engine.ElementVisits.ProcessVersion;
import org.arflow.engine.EmbeddedEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The heatmap on known claims: three claims of a payer of their own wait for the payer; the engine clock
 * moves 6 hours, one is paid; 3 more hours, one is denied for documentation; one still waits.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeatmapTest {

    static final String PAYER = "Heatmap Mutual";

    @Autowired
    LifecycleDriver office;
    @Autowired
    Heatmap heatmap;
    @Autowired
    EmbeddedEngine embeddedEngine;
    @Autowired
    org.arflow.payers.PayerService payers;
    @LocalServerPort
    int port;

    ProcessVersion followUp;
    Set<Long> instances;

    @BeforeAll
    void three_claims_wait_paid_after_6_hours_denied_after_9() {
        for (String id : new String[] {"HM-1", "HM-2", "HM-3"}) {
            office.submit(id, PAYER, 10, "100.00", null);
        }
        instances = Set.of(office.instanceKey("HM-1"), office.instanceKey("HM-2"), office.instanceKey("HM-3"));
        followUp = heatmap.defaultVersion().orElseThrow();
        awaitWaitingAtWaitForPayer(3);

        engine().increaseTime(Duration.ofHours(6));
        office.remit("HM-1", "HM1-1", "1", "100.00", "100.00", "0");
        office.awaitEndedAt("HM-1", "ClaimResolved");
        engine().increaseTime(Duration.ofHours(3));
        office.remit("HM-2", "HM2-1", "4", "100.00", "0", "0", adj("CO", "252", "100.00"));
        office.awaitTask("HM-2", "GatherDocumentation");
    }

    @Test
    void per_element_counts_and_times_equal_those_computed_from_the_engine_records() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            heatmap.refresh();
            Map<String, EngineRecordFigures> expected = EngineRecordFigures.of(engine(), instances);
            Map<String, ElementHeat> shown = mine();
            assertThat(shown.keySet()).isEqualTo(expected.keySet());
            expected.forEach((element, e) -> {
                ElementHeat h = shown.get(element);
                assertThat(h.waiting()).as(element + " waiting").isEqualTo(e.waiting());
                assertThat(h.left()).as(element + " left").isEqualTo(e.left());
                assertSeconds(h.meanSeconds(), e.meanSeconds(), element + " mean");
                assertSeconds(h.p90Seconds(), e.p90Seconds(), element + " p90");
            });
        });
    }

    @Test
    void the_waits_show_where_the_clock_moved() {
        Map<String, ElementHeat> shown = awaitSettled();
        ElementHeat waitForPayer = shown.get("WaitForPayer");
        assertThat(waitForPayer.waiting()).isEqualTo(1);
        assertThat(waitForPayer.left()).isEqualTo(2);
        // 6 and 9 hours of engine clock, plus the seconds the engine needed: mean 7.5 h, p90 (nearest rank) 9 h
        assertThat(waitForPayer.meanSeconds()).isBetween(7.5 * 3600, 7.5 * 3600 + 120);
        assertThat(waitForPayer.p90Seconds()).isBetween(9.0 * 3600, 9.0 * 3600 + 120);
        assertThat(waitForPayer.colour()).isEqualTo("hsl(0, 75%, 70%)"); // the slowest element is red
        assertThat(shown.get("DocumentationRequest").waiting()).isEqualTo(1);

        assertThat(heatmap.waiting(followUp, "WaitForPayer", filter()))
                .singleElement().satisfies(w -> {
                    assertThat(w.claimId()).isEqualTo("HM-3");
                    assertThat(w.payer()).isEqualTo(PAYER);
                    assertThat(w.billed()).isEqualByComparingTo("100.00");
                });
        assertThat(heatmap.waiting(followUp, "DocumentationRequest", filter()))
                .extracting(WaitingClaim::claimId).containsExactly("HM-2");
    }

    @Test
    void a_date_range_after_the_visits_shows_nothing_of_them() {
        awaitSettled();
        var later = office.engineToday().plusDays(2);
        assertThat(heatmap.elements(followUp, new InsightsFilter(later, later.plusDays(1), PAYER, null))).isEmpty();
    }

    @Test
    void the_team_working_the_payer_sees_its_claims_and_another_team_does_not() {
        awaitSettled();
        String team = payers.findByName(PAYER).orElseThrow().billingTeam();

        assertThat(heatmap.waiting(followUp, "WaitForPayer", new InsightsFilter(null, null, null, team)))
                .extracting(WaitingClaim::claimId).contains("HM-3");
        assertThat(heatmap.waiting(followUp, "WaitForPayer", new InsightsFilter(null, null, null, "No such team")))
                .isEmpty();
    }

    @Test
    void the_endpoint_gives_the_same_numbers_to_supervisors_and_admins_as_json_and_csv() {
        awaitSettled();
        TestHttp http = new TestHttp(port);
        String query = "?payer=Heatmap%20Mutual";
        for (String user : new String[] {"supervisor", "admin"}) {
            var json = http.get("/api/insights/heatmap" + query, user);
            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(json.body()).contains("\"processId\":\"claim-follow-up\"",
                    "{\"elementId\":\"WaitForPayer\",\"name\":\"Wait for the payer\",\"elementType\":\"EVENT_BASED_GATEWAY\",\"waiting\":1,\"left\":2");
        }
        var csv = http.get("/api/insights/heatmap.csv" + query, "supervisor");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("element_id,element,type,waiting_now,left,mean_seconds,p90_seconds")
                .contains("WaitForPayer,Wait for the payer,EVENT_BASED_GATEWAY,1,2,");
        assertThat(http.get("/api/insights/heatmap/waiting?element=WaitForPayer&payer=Heatmap%20Mutual", "supervisor")
                .body()).contains("\"claimId\":\"HM-3\"");
    }

    @Test
    void a_biller_and_an_analyst_are_refused_the_endpoints() {
        TestHttp http = new TestHttp(port);
        for (String path : new String[] {"/api/insights/heatmap", "/api/insights/heatmap.csv",
                "/api/insights/heatmap/waiting?element=WaitForPayer"}) {
            assertThat(http.get(path, "biller").statusCode()).as(path).isEqualTo(403);
            assertThat(http.get(path, "analyst").statusCode()).as(path).isEqualTo(403);
            assertThat(http.get(path, null).statusCode()).as(path).isEqualTo(401);
        }
    }

    private Map<String, ElementHeat> awaitSettled() {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            heatmap.refresh();
            Map<String, ElementHeat> m = mine();
            return m.containsKey("DocumentationRequest") && m.get("DocumentationRequest").waiting() == 1
                    && m.get("WaitForPayer").left() == 2 && m.containsKey("CloseClaim") && m.get("CloseClaim").left() == 1;
        });
        return mine();
    }

    private void awaitWaitingAtWaitForPayer(long n) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            heatmap.refresh();
            ElementHeat h = mine().get("WaitForPayer");
            return h != null && h.waiting() == n;
        });
    }

    private Map<String, ElementHeat> mine() {
        return heatmap.elements(followUp, filter()).stream()
                .collect(Collectors.toMap(ElementHeat::elementId, h -> h, (a, b) -> a, TreeMap::new));
    }

    private static InsightsFilter filter() {
        return new InsightsFilter(null, null, PAYER, null);
    }

    private static void assertSeconds(Double actual, Double expected, String what) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isCloseTo(expected, within(0.002));
        }
    }

    private ZeebeTestEngine engine() {
        return (ZeebeTestEngine) embeddedEngine.engine();
    }
}
