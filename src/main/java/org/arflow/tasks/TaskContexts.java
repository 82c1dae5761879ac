package org.arflow.tasks;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.arflow.claims.Claim;
import org.arflow.claims.ClaimService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps each open task's copy of its claim's facts and its priority score current: when the task
 * arrives, when its claim changes (money posted, priority raised, appeal deadline set), and once a
 * day for age and days left.
 */
@Component
class TaskContexts {

    private static final int PAGE = 500;
    /** Changes committed a little after a later one was seen are still caught. */
    private static final Duration OVERLAP = Duration.ofSeconds(10);

    private final JdbcClient jdbc;
    private final ClaimService claims;
    private final OfficeCalendar calendar;
    private OffsetDateTime seenUpTo = OffsetDateTime.now().minusHours(1);

    TaskContexts(JdbcClient jdbc, ClaimService claims, OfficeCalendar calendar) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.calendar = calendar;
    }

    /** Gives a new (or re-activated) task its claim's facts and its score. */
    void attach(UserTask task) {
        boolean acknowledged = ClaimContext.acknowledged(task.variables());
        ClaimContext context = task.claimId() == null ? null
                : claims.find(task.claimId()).map(c -> ClaimContext.of(c, acknowledged)).orElse(null);
        store(task.taskKey(), context == null ? ClaimContext.ofVariables(task.variables()) : context);
    }

    @Scheduled(initialDelayString = "${arflow.tasks.refresh-every:PT5S}", fixedDelayString = "${arflow.tasks.refresh-every:PT5S}")
    void refreshChangedClaims() {
        OffsetDateTime since = seenUpTo.minus(OVERLAP);
        for (int page = 0; page < 20; page++) {
            List<Claim> changed = claims.updatedSince(since, PAGE);
            for (Claim claim : changed) {
                refresh(claim);
            }
            if (changed.isEmpty()) {
                return;
            }
            OffsetDateTime last = changed.getLast().updatedAt();
            seenUpTo = last.isAfter(seenUpTo) ? last : seenUpTo;
            if (changed.size() < PAGE || !last.isAfter(since)) {
                return;
            }
            since = last;
        }
    }

    /** Age and days left change with the date: rescore what was scored before today, a batch at a time. */
    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "${arflow.tasks.rescore-every:PT1M}")
    void rescoreStale() {
        LocalDate today = calendar.today();
        jdbc.sql("select " + QueueQueries.COLUMNS + " from user_task t where t.state = 'OPEN'"
                        + " and (t.scored_on is null or t.scored_on < :today) limit 2000")
                .param("today", today).query(QueueQueries::map).list()
                .forEach(task -> store(task.taskKey(), task.context()));
    }

    private void refresh(Claim claim) {
        jdbc.sql("select job_key, payer_acknowledged from user_task where state = 'OPEN' and claim_id = :claim")
                .param("claim", claim.claimId())
                .query((rs, n) -> {
                    store(rs.getLong("job_key"), ClaimContext.of(claim, rs.getBoolean("payer_acknowledged")));
                    return null;
                }).list();
    }

    private void store(long taskKey, ClaimContext c) {
        LocalDate today = calendar.today();
        jdbc.sql("""
                        update user_task set payer_name = :payer, billed_amount = :billed, balance = :balance,
                               service_date = :served, timely_filing_deadline = :tf, appeal_deadline = :appeal,
                               claim_priority = :priority, payer_acknowledged = :ack, priority_score = :score,
                               scored_on = :today
                        where job_key = :key""")
                .param("payer", c.payerName()).param("billed", c.billedAmount()).param("balance", c.balance())
                .param("served", c.serviceDate()).param("tf", c.timelyFilingDeadline())
                .param("appeal", c.appealDeadline()).param("priority", c.claimPriority())
                .param("ack", c.payerAcknowledged()).param("score", PriorityScore.of(c, today).total())
                .param("today", today).param("key", taskKey).update();
    }
}
