package org.arflow.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.arflow.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The AR rollup the dashboard reads (V18) stays equal to what the claims and remittances add up to. */
@IntegrationTest
class ArRollupTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    LifecycleDriver office;

    @Test
    void the_rollup_kept_by_triggers_equals_a_rebuild_from_the_claims_after_claims_change_and_remittances_post() {
        office.submit("ROLLUP-1", "Acme Health", 40, "300.00", null);
        office.submit("ROLLUP-2", "Acme Health", 40, "500.00", null);
        office.remit("ROLLUP-1", "ROLLUP-1-ERA", "4", "300.00", "0.00", "0.00", LifecycleDriver.adj("CO", "45", "20.00"));
        office.remit("ROLLUP-2", "ROLLUP-2-ERA", "1", "500.00", "400.00", "50.00", LifecycleDriver.adj("CO", "45", "50.00"),
                LifecycleDriver.adj("PR", "1", "50.00"));
        String snapshot = "select concat_ws(' ', payer_id, service_from, claims, billed::numeric(14,2), open_claims,"
                + " open_balance::numeric(14,2), payments::numeric(14,2), contractual::numeric(14,2), adjudicated, denied,"
                + " first_pass) from ar_day where claims <> 0 or payments <> 0 order by 1";
        var kept = jdbc.sql(snapshot).query(String.class).list();

        jdbc.sql("select rebuild_ar_rollup()").query().listOfRows();

        assertThat(kept).isNotEmpty().isEqualTo(jdbc.sql(snapshot).query(String.class).list());
        assertThat(jdbc.sql("select coalesce(sum(contractual), 0) from ar_day").query(BigDecimal.class).single())
                .isGreaterThanOrEqualTo(new BigDecimal("70.00"));
    }

    @Test
    void the_task_rollups_kept_by_the_trigger_equal_a_rebuild_from_the_tasks() {
        office.submit("ROLLUP-T1", "Acme Health", 20, "120.00", null);
        office.remit("ROLLUP-T1", "ROLLUP-T1-ERA", "4", "120.00", "0", "0", LifecycleDriver.adj("CO", "4", "120.00"));
        long corrected = office.awaitTask("ROLLUP-T1", "CorrectAndResubmit").taskKey();
        jdbc.sql("update user_task set claimed_at = now() - interval '20 minutes' where job_key = :k")
                .param("k", corrected).update(); // claimed, so the completion has a handling time
        office.complete("ROLLUP-T1", "CorrectAndResubmit", java.util.Map.of("correctionOutcome", "RESUBMITTED"));
        String days = "select concat_ws(' ', day, name, queue_team, payer_name, created, closed) from task_day"
                + " where created <> 0 or closed <> 0 order by 1";
        String done = "select concat_ws(' ', day, completed_by, name, decision, queue_team, payer_name, completed)"
                + " from task_done_day where completed <> 0 order by 1";
        // an open task that falls due later, then sooner, while its claim's balance changes twice
        office.submit("ROLLUP-T2", "Acme Health", 20, "80.00", null);
        office.remit("ROLLUP-T2", "ROLLUP-T2-ERA", "4", "80.00", "0", "0", LifecycleDriver.adj("CO", "4", "80.00"));
        long task = office.awaitTask("ROLLUP-T2", "CorrectAndResubmit").taskKey();
        jdbc.sql("update user_task set due_at = now() + interval '9 days', balance = 70 where job_key = :k")
                .param("k", task).update();
        jdbc.sql("update user_task set due_at = now() - interval '2 days', balance = 65 where job_key = :k")
                .param("k", task).update();
        // claimed, released, claimed again: one wait counts, the latest
        jdbc.sql("update user_task set claimed_at = now() where job_key = :k").param("k", task).update();
        jdbc.sql("update user_task set claimed_at = null where job_key = :k").param("k", task).update();
        jdbc.sql("update user_task set claimed_at = now() + interval '1 minute' where job_key = :k").param("k", task).update();
        String open = "select concat_ws(' ', name, queue_team, payer_name, due_day, tasks, balance::numeric(14,2))"
                + " from task_open order by 1";
        var keptDays = jdbc.sql(days).query(String.class).list();
        var keptDone = jdbc.sql(done).query(String.class).list();
        var keptOpen = jdbc.sql(open).query(String.class).list();
        // the durations' arrays grow in the order tasks change: compared sorted
        String durations = "select concat_ws(' ', day, kind, name, queue_team, payer_name,"
                + " (select array_agg(s order by s) from unnest(seconds) s)) from task_duration_day order by 1";
        var keptDurations = jdbc.sql(durations).query(String.class).list();
        String doneAll = "select concat_ws(' ', day, completed_by, name, decision, completed) from task_done_all_day"
                + " where completed <> 0 order by 1";
        var keptDoneAll = jdbc.sql(doneAll).query(String.class).list();

        jdbc.sql("select rebuild_task_rollup()").query().listOfRows();

        assertThat(keptDays).isNotEmpty().isEqualTo(jdbc.sql(days).query(String.class).list());
        assertThat(keptDone).isNotEmpty().isEqualTo(jdbc.sql(done).query(String.class).list());
        assertThat(keptOpen).isNotEmpty().isEqualTo(jdbc.sql(open).query(String.class).list());
        assertThat(keptDurations).isNotEmpty().isEqualTo(jdbc.sql(durations).query(String.class).list());
        assertThat(keptDoneAll).isNotEmpty().isEqualTo(jdbc.sql(doneAll).query(String.class).list());
        assertThat(jdbc.sql("select count(*) from task_open where tasks <= 0").query(Long.class).single()).isZero();
    }

    @Test
    void the_rollups_open_claims_are_those_whose_stage_the_java_model_calls_unresolved() {
        for (ClaimStage stage : ClaimStage.values()) {
            assertThat(jdbc.sql("select claim_is_open(1, :s)").param("s", stage.name()).query(Boolean.class).single())
                    .as(stage.name()).isEqualTo(!stage.isResolved());
        }
    }
}
