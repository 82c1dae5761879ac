package org.arflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.arflow.benchmark.BenchmarkResults;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Team-queue latency with 10,000 and 1,000,000 open tasks bulk-loaded into PostgreSQL (not pushed
 * through the engine), and claim contention: billers racing for the same tasks.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"arflow.engine.embedded-port=0", "arflow.database.ephemeral=true",
        "arflow.demo.enabled=true", "arflow.demo.office=false", "arflow.tasks.reconcile-every=PT1H",
        "arflow.x12.inbox-every=PT1H", "arflow.x12.outbox-every=PT1H"})
class TaskQueueBenchmark {

    private static final List<String> TEAMS = List.of("Commercial payers", "Government payers", "Team 3", "Team 4",
            "Team 5", "Team 6", "Team 7", "Team 8", "Team 9", "Team 10");

    @Autowired
    WorkQueues queues;
    @Autowired
    TaskAssignment assignment;
    @Autowired
    JdbcClient jdbc;

    @Test
    void team_queue_latency_at_ten_thousand_and_a_million_tasks_and_claim_contention() throws Exception {
        load(0, 10_000);
        double[] small = measure("10,000");
        load(10_000, 1_000_000);
        double[] large = measure("1,000,000");
        BenchmarkResults.record("team queue first page p95, 1,000,000 / 10,000 tasks", large[1] / small[1], "x");
        BenchmarkResults.record("team queue filtered+sorted page p95, 1,000,000 / 10,000 tasks", large[3] / small[3], "x");
        contention();
    }

    private double[] measure(String size) {
        Actor biller = new Actor("biller", false);
        QueueFilter filtered = new QueueFilter(null, "Acme Health", null, new BigDecimal("100"), null, null, null, null);
        QueueSort byDue = new QueueSort(QueueSort.Key.DUE, false);
        for (int i = 0; i < 50; i++) { // warm-up: plans, caches, JIT
            queues.teamQueue(biller, QueueFilter.none(), QueueSort.byPriority(), 0, 50);
            queues.teamQueue(biller, filtered, byDue, 0, 50);
        }
        double[] first = latencies(() -> assertThat(queues.teamQueue(biller, QueueFilter.none(), QueueSort.byPriority(), 0, 50)).hasSize(50));
        double[] page = latencies(() -> assertThat(queues.teamQueue(biller, filtered, byDue, 0, 50)).isNotEmpty());
        BenchmarkResults.record("team queue first page (50, by priority) at " + size + " tasks, p50", first[0], "ms");
        BenchmarkResults.record("team queue first page (50, by priority) at " + size + " tasks, p95", first[1], "ms");
        BenchmarkResults.record("team queue filtered (payer, balance) by due date at " + size + " tasks, p50", page[0], "ms");
        BenchmarkResults.record("team queue filtered (payer, balance) by due date at " + size + " tasks, p95", page[1], "ms");
        return new double[] {first[0], first[1], page[0], page[1]};
    }

    /** 8 billers claim the same 400 tasks at once: each task ends with exactly one holder. */
    private void contention() throws Exception {
        List<Long> keys = jdbc.sql("""
                        select job_key from user_task where state = 'OPEN' and assignee is null
                          and queue_team = 'Commercial payers' order by job_key limit 400""")
                .query(Long.class).list();
        for (int b = 0; b < 8; b++) {
            jdbc.sql("insert into app_user (username, display_name, password_hash) values (:u, :u, 'x') on conflict do nothing")
                    .param("u", "racer" + b).update();
            jdbc.sql("insert into team_member (team_id, username) select id, :u from team where name = 'Commercial payers' on conflict do nothing")
                    .param("u", "racer" + b).update();
        }
        AtomicInteger won = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int b = 0; b < 8; b++) {
                Actor racer = new Actor("racer" + b, false);
                pool.submit(() -> keys.forEach(key -> {
                    try {
                        assignment.claim(key, racer);
                        won.incrementAndGet();
                    } catch (RuntimeException e) {
                        refused.incrementAndGet();
                    }
                }));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(won.get()).isEqualTo(keys.size());
        BenchmarkResults.record("claim contention: 8 billers x 400 tasks, claim attempts/s", (won.get() + refused.get()) / seconds, "attempts/s");
    }

    private static double[] latencies(Runnable query) {
        int runs = 200;
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[runs / 2], ms[(int) (runs * 0.95)]};
    }

    /** Bulk-loads open tasks with claim context, spread over ten teams (set-based SQL, no engine). */
    private void load(int from, int to) {
        for (String team : TEAMS) {
            jdbc.sql("insert into team (name) values (:t) on conflict do nothing").param("t", team).update();
        }
        int batch = 100_000;
        // a bulk load: the task rollups' per-row triggers are off while loading, and the rollups rebuilt once after
        jdbc.sql("alter table user_task disable trigger user").update();
        for (int start = from; start < to; start += batch) {
            jdbc.sql("""
                            insert into user_task (job_key, process_instance_key, bpmn_process_id, element_id, name, claim_id,
                                                   candidate_groups, due_at, form, stage, state, payer_name, billed_amount,
                                                   balance, service_date, timely_filing_deadline, priority_score, scored_on)
                            select 10000000000 + g, g, 'claim-follow-up', 'FollowUpWithPayer', 'Follow up with payer',
                                   'BENCH-' || g, array[(cast(:teams as text[]))[1 + g % 10]],
                                   now() + make_interval(days => cast(g % 30 as int)), 'payer-follow-up', 'PAYER_FOLLOW_UP', 'OPEN',
                                   (array['Acme Health','Medicare','State Medicaid','Blue Plains Health'])[1 + g % 4],
                                   100 + (g % 900), 50 + (g % 700), current_date - cast(g % 200 as int), current_date + cast(g % 100 as int),
                                   (g * 7919) % 101, current_date
                            from generate_series(cast(:from as bigint), cast(:to as bigint) - 1) as g""")
                    .param("teams", TEAMS.toArray(String[]::new)).param("from", start)
                    .param("to", Math.min(to, start + batch)).update();
        }
        jdbc.sql("alter table user_task enable trigger user").update();
        jdbc.sql("select rebuild_task_rollup()").query().listOfRows();
        jdbc.sql("analyze user_task").update();
        assertThat(jdbc.sql("select count(*) from user_task where state = 'OPEN'").query(Long.class).single())
                .isGreaterThanOrEqualTo(to);
    }
}
