package org.arflow.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.arflow.IntegrationTest;
import org.arflow.tasks.OfficeCalendar;
import org.arflow.tasks.ProductivityRow;
import org.arflow.tasks.QueueRow;
import org.arflow.tasks.TaskFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Queues and productivity on a team of the test's own: four real open tasks and four completed ones. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueInsightsTest {

    static final String TEAM = "Insights queue team";
    static final String PAYER = "Insights Queue Health";

    /** A completed task: minutes waited before someone claimed it, minutes to complete it, who, decision. */
    record Done(int waitMinutes, int handlingMinutes, String user, String decision) {
    }

    static final List<Done> DONE = List.of(new Done(30, 10, "ins-ann", "RESUBMITTED"),
            new Done(90, 20, "ins-ann", "RESUBMITTED"), new Done(240, 50, "ins-ann", "WRITE_OFF_REVIEW"),
            new Done(60, 40, "ins-bob", "RESUBMITTED"));

    @Autowired
    Insights insights;
    @Autowired
    TaskFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    final Instant oldest = now.minus(Duration.ofDays(5));
    String taskName;
    final List<Instant> closedAt = new java.util.ArrayList<>();

    @BeforeAll
    void openAndCompletedTasks() {
        fixtures.payerForTeam(PAYER, TEAM);
        // the task carries its claim's balance (refreshed from the claim), so the claims differ in amount
        List<Long> open = List.of(fixtures.correctionTasks(PAYER, "100.00", 20, "INS-Q1").getFirst(),
                fixtures.correctionTasks(PAYER, "200.00", 20, "INS-Q2").getFirst(),
                fixtures.correctionTasks(PAYER, "300.00", 20, "INS-Q3").getFirst(),
                fixtures.correctionTasks(PAYER, "400.00", 20, "INS-Q4").getFirst());
        taskName = jdbc.sql("select name from user_task where job_key = :k").param("k", open.getFirst())
                .query(String.class).single();
        // known ages and due dates: one past due since yesterday, one since a minute ago (today, mostly), one due
        // tomorrow, one without a due date
        set(open.get(0), oldest, now.minus(Duration.ofDays(1)));
        set(open.get(1), now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(1)));
        set(open.get(2), now.minus(Duration.ofDays(1)), null);
        set(open.get(3), now.minus(Duration.ofHours(3)), now.minus(Duration.ofMinutes(1)));
        long key = 8_100_000_000_000_000L + (now.getEpochSecond() % 1_000_000) * 10;
        for (Done d : DONE) {
            // 9 a.m. yesterday, office time: the day's work never crosses the office's midnight, whatever the hour now
            Instant created = java.time.LocalDate.now(OfficeCalendar.ZONE).minusDays(1).atTime(9, 0)
                    .atZone(OfficeCalendar.ZONE).toInstant();
            Instant claimed = created.plus(Duration.ofMinutes(d.waitMinutes()));
            Instant closed = claimed.plus(Duration.ofMinutes(d.handlingMinutes()));
            closedAt.add(closed);
            jdbc.sql("""
                            insert into user_task (job_key, process_instance_key, bpmn_process_id, element_id, name, claim_id,
                                                   candidate_groups, state, created_at, claimed_at, closed_at, completed_by,
                                                   outcome, payer_name, balance)
                            values (:key, 1, 'claim-follow-up', 'CorrectAndResubmit', :name, 'INS-DONE',
                                    array[cast(:team as text)], 'COMPLETED', :created, :claimed, :closed, :user,
                                    cast(:outcome as jsonb), :payer, 10)""")
                    .param("key", key++).param("name", taskName).param("team", TEAM).param("created", at(created))
                    .param("claimed", at(claimed)).param("closed", at(closed)).param("user", d.user())
                    .param("outcome", "{\"correctionOutcome\":\"" + d.decision() + "\",\"notes\":\"called\"}")
                    .param("payer", PAYER).update();
        }
    }

    @Test
    void open_tasks_are_counted_per_type_and_team_with_dollars_oldest_past_due_and_median_times() {
        List<QueueRow> rows = insights.queues(new InsightsFilter(null, null, null, TEAM));

        assertThat(rows).hasSize(1);
        QueueRow row = rows.getFirst();
        assertThat(row.taskType()).isEqualTo(taskName);
        assertThat(row.team()).isEqualTo(TEAM);
        assertThat(row.open()).isEqualTo(4);
        assertThat(row.balance()).isEqualByComparingTo("1000.00");
        assertThat(row.oldest().toInstant()).isEqualTo(oldest);
        assertThat(row.pastDue()).isEqualTo(2);
        assertThat(row.medianWait()).isEqualTo(Duration.ofMinutes(median(DONE.stream().mapToInt(Done::waitMinutes))));
        assertThat(row.medianHandling())
                .isEqualTo(Duration.ofMinutes(median(DONE.stream().mapToInt(Done::handlingMinutes))));
    }

    @Test
    void productivity_counts_completed_tasks_per_person_day_type_and_outcome() {
        List<ProductivityRow> rows = insights.productivity(new InsightsFilter(null, null, null, TEAM));

        var day = closedAt.getFirst().atZone(OfficeCalendar.ZONE).toLocalDate();
        assertThat(closedAt).allSatisfy(c -> assertThat(c.atZone(OfficeCalendar.ZONE).toLocalDate()).isEqualTo(day));
        assertThat(rows).containsExactlyInAnyOrder(
                new ProductivityRow("ins-ann", day, taskName, "RESUBMITTED", 2),
                new ProductivityRow("ins-ann", day, taskName, "WRITE_OFF_REVIEW", 1),
                new ProductivityRow("ins-bob", day, taskName, "RESUBMITTED", 1));
        // without a filter the counts come from the rollup without team and payer (V25): the same for these people
        assertThat(insights.productivity(new InsightsFilter(null, null, null, null)))
                .filteredOn(r -> r.user().startsWith("ins-")).containsExactlyInAnyOrderElementsOf(rows);
    }

    @Test
    void queues_export_to_csv_with_minutes() {
        String csv = Csv.queues(insights.queues(new InsightsFilter(null, null, null, TEAM)));

        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).contains("," + TEAM + ",4,1000.00,").endsWith(",2,75,30\r\n");
    }

    private void set(long key, Instant created, Instant due) {
        jdbc.sql("update user_task set created_at = :created, due_at = :due where job_key = :key")
                .param("created", at(created)).param("due", due == null ? null : at(due))
                .param("key", key).update();
    }

    private static OffsetDateTime at(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    /** Median of an even or odd count, the way a textbook does it. */
    private static long median(java.util.stream.IntStream values) {
        int[] v = values.sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
