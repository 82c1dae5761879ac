package org.arflow.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.arflow.IntegrationTest;
import org.arflow.TestHttp;
import org.arflow.tasks.OfficeCalendar;
import org.arflow.tasks.QueueTrendRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The 30-day trend of open tasks on a team of the test's own, against a count the test makes itself. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueTrendTest {

    static final String TEAM = "Trend test team";
    static final String PAYER = "Trend Test Health";

    /** A task of a type, created and (unless -1) closed so many days ago, at noon office time. */
    record Seed(String type, int createdDaysAgo, int closedDaysAgo, String state) {
    }

    static final List<Seed> SEEDS = List.of(new Seed("Trend X", 10, -1, "OPEN"), new Seed("Trend X", 8, 3, "COMPLETED"),
            new Seed("Trend X", 2, 1, "CANCELED"), new Seed("Trend X", 0, -1, "OPEN"),
            new Seed("Trend Y", 40, -1, "OPEN"), new Seed("Trend Y", 35, 20, "COMPLETED"), new Seed("Trend Y", 31, 0, "COMPLETED"));

    @Autowired
    Insights insights;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OfficeCalendar calendar;
    @Autowired
    org.arflow.tasks.TaskFixtures fixtures;
    @LocalServerPort
    int port;

    LocalDate today;

    @BeforeAll
    void seed() {
        today = calendar.today();
        // open tasks are real (the task reconciler withdraws open tasks the engine does not know), then dated back
        fixtures.payerForTeam(PAYER, TEAM);
        int n = 0;
        for (Seed s : SEEDS.stream().filter(s -> s.state().equals("OPEN")).toList()) {
            long task = fixtures.correctionTasks(PAYER, "100.00", 20, "TREND-" + System.nanoTime() % 100_000 + "-" + n++)
                    .getFirst();
            jdbc.sql("update user_task set name = :name, created_at = :created where job_key = :k").param("name", s.type())
                    .param("created", noon(s.createdDaysAgo())).param("k", task).update();
        }
        long key = 8_200_000_000_000_000L + (System.currentTimeMillis() % 1_000_000) * 10;
        for (Seed s : SEEDS.stream().filter(s -> !s.state().equals("OPEN")).toList()) {
            jdbc.sql("""
                            insert into user_task (job_key, process_instance_key, bpmn_process_id, element_id, name,
                                                   candidate_groups, state, created_at, closed_at)
                            values (:key, 1, 'claim-follow-up', 'TrendTask', :name, array[cast(:team as text)], :state,
                                    :created, :closed)""")
                    .param("key", key++).param("name", s.type()).param("team", TEAM).param("state", s.state())
                    .param("created", noon(s.createdDaysAgo()))
                    .param("closed", s.closedDaysAgo() < 0 ? null : noon(s.closedDaysAgo())).update();
        }
    }

    @Test
    void open_tasks_per_day_and_type_equal_the_tasks_created_before_and_not_closed_by_the_end_of_that_day() {
        List<QueueTrendRow> trend = insights.trend(new InsightsFilter(null, null, null, TEAM));

        assertThat(trend).extracting(QueueTrendRow::day).containsOnly(days().toArray(LocalDate[]::new));
        assertThat(trend).allMatch(r -> TEAM.equals(r.team()));
        Map<String, Long> expected = new TreeMap<>();
        Map<String, Long> shown = new TreeMap<>();
        for (LocalDate day : days()) {
            for (String type : List.of("Trend X", "Trend Y")) {
                expected.put(day + " " + type, SEEDS.stream().filter(s -> s.type().equals(type)
                        && !today.minusDays(s.createdDaysAgo()).isAfter(day)
                        && (s.closedDaysAgo() < 0 || today.minusDays(s.closedDaysAgo()).isAfter(day))).count());
            }
        }
        trend.forEach(r -> shown.put(r.day() + " " + r.taskType(), r.open()));
        assertThat(shown).isEqualTo(expected);
        // spot checks by hand: 10 days ago X had 1 open; 2 days ago 2; yesterday 1 (one cancelled); Y 2, today 1
        assertThat(shown).containsEntry(today.minusDays(10) + " Trend X", 1L)
                .containsEntry(today.minusDays(2) + " Trend X", 2L).containsEntry(today.minusDays(1) + " Trend X", 1L).containsEntry(today.minusDays(1) + " Trend Y", 2L)
                .containsEntry(today + " Trend Y", 1L);
    }

    @Test
    void the_trend_is_drawn_as_svg_and_exported_as_csv_for_supervisors_only() {
        List<QueueTrendRow> trend = insights.trend(new InsightsFilter(null, null, null, TEAM));

        assertThat(org.arflow.insights.ui.TrendChartAccess.svg(trend)).startsWith("<svg").contains("<polyline")
                .contains("Trend X: 2", "Trend Y: 1");
        assertThat(Csv.trend(trend)).startsWith("day,task_type,team,open\r\n")
                .contains(today + ",Trend X," + TEAM + ",2\r\n");
        var csv = new TestHttp(port).get("/api/insights/trend.csv?team=" + TEAM.replace(" ", "%20"), "supervisor");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains(today + ",Trend Y," + TEAM + ",1");
        assertThat(new TestHttp(port).get("/api/insights/trend", "biller").statusCode()).isEqualTo(403);
    }

    private List<LocalDate> days() {
        return today.minusDays(29).datesUntil(today.plusDays(1)).toList();
    }

    private OffsetDateTime noon(int daysAgo) {
        return today.minusDays(daysAgo).atTime(12, 0).atZone(OfficeCalendar.ZONE).toOffsetDateTime();
    }
}
