package org.arflow.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.arflow.IntegrationTest;
import org.arflow.TestHttp;
import org.arflow.claims.AgingRow;
import org.arflow.payers.PayerClass;
import org.arflow.payers.PayerService;
import org.arflow.tasks.OfficeCalendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** AR aging and KPIs on a known set of claims and remittances of a payer of the test's own. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArInsightsTest {

    static final String PAYER = "Insights Aging Health";

    /** A posted remittance: CLP02, paid, contractual CO-45 at claim level and at line level. */
    record Rem(String status, double paid, double co45Claim, double co45Line) {
    }

    record C(String id, int ageDays, double billed, double balance, String stage, List<Rem> rems) {
        boolean open() {
            return balance > 0 && !List.of("PATIENT_BALANCE", "BILLED_TO_OTHER_PAYER", "CLOSED", "WRITTEN_OFF")
                    .contains(stage);
        }

        int bucket() {
            return ageDays <= 30 ? 0 : ageDays <= 60 ? 1 : ageDays <= 90 ? 2 : ageDays <= 120 ? 3 : 4;
        }
    }

    static final List<C> CLAIMS = List.of(
            new C("INS-A", 10, 100, 100, "AWAITING_PAYER", List.of()),
            new C("INS-B", 45, 200, 200, "CORRECTION", List.of(new Rem("4", 0, 0, 0))),
            new C("INS-C", 75, 300, 50, "UNDERPAYMENT_REVIEW", List.of(new Rem("1", 200, 50, 0))),
            new C("INS-D", 100, 400, 0, "CLOSED", List.of(new Rem("4", 0, 0, 0), new Rem("1", 300, 0, 100))),
            new C("INS-E", 150, 500, 500, "APPEAL_SUBMITTED", List.of(new Rem("4", 0, 0, 0))),
            new C("INS-F", 130, 250, 250, "PATIENT_BALANCE", List.of(new Rem("1", 0, 0, 0))),
            new C("INS-G", 95, 120, 120, "PAYER_FOLLOW_UP", List.of()),
            new C("INS-H", 20, 80, 0, "AWAITING_PAYER", List.of()));

    @Autowired
    Insights insights;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PayerService payers;
    @Autowired
    OfficeCalendar calendar;
    @LocalServerPort
    int port;

    @BeforeAll
    void claimsWithRemittances() {
        long payerId = payers.findOrCreate(PAYER, null, PayerClass.COMMERCIAL).id();
        long patientId = jdbc.sql("insert into patient (first_name, last_name) values ('Test', 'Insights') returning id")
                .query(Long.class).single();
        LocalDate today = calendar.today();
        for (C c : CLAIMS) {
            long id = jdbc.sql("""
                            insert into claim (claim_id, patient_id, payer_id, service_from, service_to, billed_amount, balance,
                                               stage, timely_filing_deadline)
                            values (:id, :patient, :payer, :dos, :dos, :billed, :balance, :stage, :dos) returning id""")
                    .param("id", c.id()).param("patient", patientId).param("payer", payerId)
                    .param("dos", today.minusDays(c.ageDays())).param("billed", c.billed()).param("balance", c.balance())
                    .param("stage", c.stage()).query(Long.class).single();
            int n = 0;
            for (Rem r : c.rems()) {
                // each remittance posted a minute after the one before: the first one is the first pass
                jdbc.sql("""
                                insert into claim_remittance (claim_id, reference, status_code, charge, paid, patient_responsibility,
                                                              received_on, adjustments, service_lines, posted_at)
                                values (:claim, :ref, :status, :charge, :paid, 0, current_date,
                                        cast(:adj as jsonb), cast(:lines as jsonb), now() + make_interval(mins => :n))""")
                        .param("claim", id).param("ref", c.id() + "-" + n).param("status", r.status())
                        .param("charge", c.billed()).param("paid", r.paid())
                        .param("adj", "[{\"group\":\"CO\",\"reason\":\"45\",\"amount\":" + r.co45Claim()
                                + "},{\"group\":\"OA\",\"reason\":\"23\",\"amount\":7}]")
                        .param("lines", "[{\"lineNumber\":1,\"adjustments\":[{\"group\":\"CO\",\"reason\":\"45\",\"amount\":"
                                + r.co45Line() + "}]}]")
                        .param("n", n++).update();
            }
        }
    }

    @Test
    void aging_sums_each_payers_open_unresolved_balance_by_days_since_the_date_of_service() {
        List<AgingRow> rows = mine(insights.aging(new InsightsFilter(null, null, PAYER, null)));

        Map<Integer, Double> expected = CLAIMS.stream().filter(C::open)
                .collect(Collectors.groupingBy(C::bucket, Collectors.summingDouble(C::balance)));
        assertThat(rows).hasSize(expected.size());
        rows.forEach(r -> {
            assertThat(r.balance().doubleValue()).as(r.bucketLabel()).isEqualTo(expected.get(r.bucket()));
            assertThat(r.claims()).isEqualTo(CLAIMS.stream().filter(C::open).filter(c -> c.bucket() == r.bucket()).count());
        });
    }

    @Test
    void a_service_date_range_narrows_the_aging_to_the_claims_seen_in_it() {
        LocalDate today = calendar.today();
        var filter = new InsightsFilter(today.minusDays(100), today.minusDays(40), PAYER, null);

        double expected = CLAIMS.stream().filter(C::open).filter(c -> c.ageDays() >= 40 && c.ageDays() <= 100)
                .mapToDouble(C::balance).sum();
        assertThat(mine(insights.aging(filter)).stream().mapToDouble(r -> r.balance().doubleValue()).sum())
                .isEqualTo(expected);
    }

    @Test
    void each_kpi_equals_its_definition_computed_from_the_claims() {
        Map<String, BigDecimal> kpis = insights.kpis(new InsightsFilter(null, null, PAYER, null)).stream()
                .collect(Collectors.toMap(Kpi::key, Kpi::value));

        double openAr = sum(C::open, C::balance);
        double charges90 = sum(c -> c.ageDays() < 90, C::billed);
        double over90 = sum(c -> c.open() && c.ageDays() > 90, C::balance);
        double over120 = sum(c -> c.open() && c.ageDays() > 120, C::balance);
        long adjudicated = CLAIMS.stream().filter(c -> !c.rems().isEmpty()).count();
        long denied = CLAIMS.stream().filter(c -> c.rems().stream().anyMatch(r -> r.status().equals("4"))).count();
        long firstPass = CLAIMS.stream().filter(c -> !c.rems().isEmpty() && c.rems().getFirst().status().equals("1")).count();
        double payments = CLAIMS.stream().flatMap(c -> c.rems().stream()).mapToDouble(Rem::paid).sum();
        double contractual = CLAIMS.stream().flatMap(c -> c.rems().stream()).mapToDouble(r -> r.co45Claim() + r.co45Line()).sum();
        double charges = sum(c -> true, C::billed);

        assertThat(kpis.get("daysInAr").doubleValue()).isCloseTo(openAr / (charges90 / 90), within(0.05));
        assertThat(kpis.get("arOver90").doubleValue()).isCloseTo(100 * over90 / openAr, within(0.05));
        assertThat(kpis.get("arOver120").doubleValue()).isCloseTo(100 * over120 / openAr, within(0.05));
        assertThat(kpis.get("denialRate").doubleValue()).isCloseTo(100.0 * denied / adjudicated, within(0.05));
        assertThat(kpis.get("firstPassRate").doubleValue()).isCloseTo(100.0 * firstPass / adjudicated, within(0.05));
        assertThat(kpis.get("netCollectionRate").doubleValue())
                .isCloseTo(100 * payments / (charges - contractual), within(0.05));
    }

    @Test
    void every_kpi_carries_its_definition_and_benchmark() {
        assertThat(insights.kpis(new InsightsFilter(null, null, PAYER, null)))
                .hasSize(6).allSatisfy(k -> assertThat(k.definition()).isNotBlank())
                .allSatisfy(k -> assertThat(k.benchmark()).isNotBlank());
    }

    @Test
    void aging_exports_to_csv_for_a_supervisor() {
        var response = new TestHttp(port).get("/api/insights/ar.csv?payer=Insights%20Aging%20Health", "supervisor");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(response.body()).startsWith("payer,bucket_days,claims,balance\r\n")
                .contains("Insights Aging Health,120+,1,500.00\r\n");
        assertThat(new TestHttp(port).get("/api/insights/kpis?format=csv&payer=Insights%20Aging%20Health", "admin").body())
                .contains("Denial rate,");
    }

    private static List<AgingRow> mine(List<AgingRow> rows) {
        return rows.stream().filter(r -> r.payer().equals(PAYER)).toList();
    }

    private static double sum(Predicate<C> which, java.util.function.ToDoubleFunction<C> amount) {
        return CLAIMS.stream().filter(which).mapToDouble(amount).sum();
    }
}
