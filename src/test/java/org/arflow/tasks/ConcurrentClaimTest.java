package org.arflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.arflow.IntegrationTest;
import org.arflow.security.Role;
import org.arflow.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Fifty billers race for the same hundred tasks, then to complete them: one holder each, everyone told the truth, each completion counted once. */
@IntegrationTest
class ConcurrentClaimTest {

    static final String TEAM = "Race team";

    @Autowired
    TaskFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    TaskAssignment assignment;
    @Autowired
    TaskWork work;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void fifty_billers_claiming_the_same_hundred_tasks_leave_each_with_one_holder_and_nobody_misinformed()
            throws Exception {
        List<String> billers = IntStream.rangeClosed(1, 50).mapToObj(i -> "racer" + i).toList();
        billers.forEach(b -> users.createTeamMember(b, TEAM, Role.BILLER));
        fixtures.payerForTeam("Race Health", TEAM);
        List<Long> tasks = fixtures.correctionTasks("Race Health", "120.00", 30,
                IntStream.rangeClosed(1, 100).mapToObj(i -> "RACE-" + i).toArray(String[]::new));

        Map<Long, List<String>> toldTheyGotIt = new ConcurrentHashMap<>();
        Map<Long, Set<String>> toldHeldBy = new ConcurrentHashMap<>();
        List<Throwable> surprises = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(billers.size());
        for (String biller : billers) {
            List<Long> order = new ArrayList<>(tasks);
            Collections.shuffle(order, new Random(biller.hashCode()));
            pool.submit(() -> {
                start.await();
                for (long task : order) {
                    try {
                        assignment.claim(task, new Actor(biller, false));
                        toldTheyGotIt.computeIfAbsent(task, k -> new CopyOnWriteArrayList<>()).add(biller);
                    } catch (TaskClaimedException e) {
                        toldHeldBy.computeIfAbsent(task, k -> ConcurrentHashMap.newKeySet()).add(e.claimedBy());
                    } catch (Throwable e) {
                        surprises.add(e);
                    }
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        assertThat(surprises).isEmpty();
        for (long task : tasks) {
            String holder = fixtures.assignee(task);
            assertThat(toldTheyGotIt.get(task)).as("told they got task %s", task).containsExactly(holder);
            assertThat(toldHeldBy.get(task)).as("told who holds task %s", task).containsExactly(holder);
        }

        // then all fifty try to complete every task at once: only the holders can, and each completion counts once
        Map<Long, List<String>> completedBy = new ConcurrentHashMap<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService finishers = Executors.newFixedThreadPool(billers.size());
        for (String biller : billers) {
            List<Long> order = new ArrayList<>(tasks);
            Collections.shuffle(order, new Random(biller.hashCode() * 31L));
            finishers.submit(() -> {
                go.await();
                for (long task : order) {
                    try {
                        work.complete(task, Map.of("correctionOutcome", "RESUBMITTED"), new Actor(biller, false));
                        completedBy.computeIfAbsent(task, k -> new CopyOnWriteArrayList<>()).add(biller);
                    } catch (TaskClaimedException | StaleTaskException | TaskNotFoundException e) {
                        // someone else's task, or already done: the biller is told so
                    } catch (Throwable e) {
                        surprises.add(e);
                    }
                }
                return null;
            });
        }
        go.countDown();
        finishers.shutdown();
        assertThat(finishers.awaitTermination(3, TimeUnit.MINUTES)).isTrue();

        assertThat(surprises).isEmpty();
        for (long task : tasks) {
            assertThat(completedBy.get(task)).as("completed task %s", task).containsExactly(fixtures.assignee(task));
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(jdbc.sql("""
                                select count(*) || '/' || count(distinct c.claim_id) from claim_event e
                                join claim c on c.id = e.claim_id where c.claim_id like 'RACE-%' and e.kind = 'RESUBMITTED'""")
                        .query(String.class).single()).as("resubmissions / claims resubmitted").isEqualTo("100/100"));
        long completions = completedBy.values().stream().mapToLong(java.util.List::size).sum();
        System.out.printf("concurrency test: 50 billers, %d tasks, %d completions, %d double claims, %d lost completions%n",
                tasks.size(), completions, completions - tasks.size(), tasks.stream()
                        .filter(t -> completedBy.get(t) == null || completedBy.get(t).isEmpty()).count());
    }
}
