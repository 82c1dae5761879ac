package org.arflow.tasks;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.arflow.claims.ClaimService;
import org.arflow.claims.ClaimStatusResponse;
import org.arflow.claims.NewClaim;
import org.arflow.claims.RemittancePosting;
import org.arflow.claims.ServiceLine;
import org.arflow.payers.PayerClass;
import org.arflow.payers.PayerService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Real tasks made the way the office gets them: a claim is submitted, the payer rejects it at the
 * front door (277CA A7), and the engine opens "Correct and resubmit claim" for the payer's team.
 */
@Component
public class TaskFixtures {

    static final Duration PATIENCE = Duration.ofSeconds(90); // past the 45 s job timeout (see LifecycleDriver)

    private final ClaimService claims;
    private final RemittancePosting posting;
    private final PayerService payers;
    private final JdbcClient jdbc;

    TaskFixtures(ClaimService claims, RemittancePosting posting, PayerService payers, JdbcClient jdbc) {
        this.claims = claims;
        this.posting = posting;
        this.payers = payers;
        this.jdbc = jdbc;
    }

    /** A payer (Medicare's rules) whose claims are worked by this team. */
    public void payerForTeam(String payer, String team) {
        payers.findOrCreate(payer, null, PayerClass.MEDICARE);
        // claims here are dated by the wall clock (the queues' aging is the office's today) while other tests move
        // the shared engine's clock ahead by months: a ten-year filing limit keeps their timely-filing timers quiet
        jdbc.sql("update payer set billing_team = :team, timely_filing_days = 3650 where name = :payer")
                .param("team", team).param("payer", payer).update();
    }

    /** Claims rejected at the front door; returns their tasks' keys, in the order of the claim ids. */
    public List<Long> correctionTasks(String payer, String billed, int daysAgo, String... claimIds) {
        for (String claimId : claimIds) {
            claims.submit(new NewClaim(claimId, new NewClaim.PatientRef("Test", "Patient-" + claimId,
                    LocalDate.of(1980, 1, 1), "M" + claimId), payer, null, LocalDate.now(OfficeCalendar.ZONE).minusDays(daysAgo), null,
                    new BigDecimal(billed), null, List.of(new ServiceLine(1, "99213", null, new BigDecimal(billed),
                    BigDecimal.ONE, null))));
        }
        for (String claimId : claimIds) {
            posting.recordStatus(claimId, new ClaimStatusResponse("A7-" + claimId, "A7", "21", LocalDate.now(), null));
        }
        return java.util.Arrays.stream(claimIds).map(this::awaitQueued).toList();
    }

    /** The claim's open correction task, once it is in the queues with its claim's facts and score. */
    public long awaitQueued(String claimId) {
        return await().atMost(PATIENCE).until(() -> jdbc.sql("""
                        select job_key from user_task where claim_id = :c and state = 'OPEN'
                          and element_id = 'CorrectAndResubmit' and payer_name is not null and priority_score > 0""")
                .param("c", claimId).query(Long.class).optional().orElse(null), k -> k != null);
    }

    public String assignee(long taskKey) {
        return jdbc.sql("select assignee from user_task where job_key = :k").param("k", taskKey)
                .query((rs, n) -> rs.getString(1)).list().getFirst();
    }

    public String state(long taskKey) {
        return jdbc.sql("select state from user_task where job_key = :k").param("k", taskKey)
                .query(String.class).single();
    }
}
