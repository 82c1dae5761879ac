package org.arflow.patientbilling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.util.Map;
import org.arflow.claims.ClaimService;
import org.arflow.tasks.Actor;
import org.arflow.tasks.InvalidOutcomeException;
import org.arflow.tasks.TaskWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PatientBillingIntegrationTest
class PaymentPlanTest {

    @Autowired
    PatientBillingDriver patient;
    @Autowired
    PaymentPlans plans;
    @Autowired
    TaskWork work;
    @Autowired
    ClaimService claims;
    @Autowired
    PatientAccounts accounts;
    @Autowired
    io.camunda.client.CamundaClient client;
    @Autowired
    PatientFollowUpRecovery recovery;
    @Autowired
    Statements statements;

    @Test
    void invalid_plan_terms_are_refused_naming_the_field() {
        long account = patient.claimLeavingPatient("PP-INVALID", "150.00");

        assertThat(plans.check(account, new PlanTerms(0, new BigDecimal("-5"), null)))
                .containsEntry("installments", "Number of installments must be a whole number above zero.")
                .containsEntry("installmentAmount", "Installment amount must be more than zero.")
                .containsEntry("firstDueDate", "First due date is required.");
        assertThat(plans.check(account, new PlanTerms(2, new BigDecimal("50.00"), patient.office.engineToday())))
                .containsOnlyKeys("installmentAmount").extractingByKey("installmentAmount").asString()
                .contains("less than the balance of $150.00");
        assertThat(plans.check(account, new PlanTerms(30, new BigDecimal("25.00"), patient.office.engineToday())))
                .extractingByKey("installments").asString().contains("at most 24 months");
        assertThat(plans.check(account, new PlanTerms(10, new BigDecimal("15.00"), patient.office.engineToday())))
                .extractingByKey("installmentAmount").asString().contains("at least $25.00");
    }

    @Test
    void a_plan_set_up_after_the_call_and_every_installment_paid_clears_the_balance() {
        long account = toPlanSetUp("PP-PAID");
        long task = patient.awaitTask(account, "SetUpPaymentPlan").taskKey();
        assertThatThrownBy(() -> work.complete(task, terms(2), new Actor("supervisor", true)))
                .isInstanceOfSatisfying(InvalidOutcomeException.class,
                        e -> assertThat(e.errors()).containsKey("installmentAmount"));
        work.complete(task, terms(3), new Actor("supervisor", true));
        await().until(() -> plans.schedule(account).size() == 3); // payments count from the plan's start

        for (int n = 1; n <= 3; n++) {
            patient.pay(account, "50.00", "PP-PAID-" + n);
            dueDatePasses(account, n);
        }

        patient.awaitEndedAt(account, "BalancePaid");
        assertThat(plans.schedule(account)).extracting(PlanInstallment::state).containsExactly("PAID", "PAID", "PAID");
    }

    @Test
    void one_missed_installment_sends_a_reminder_and_can_be_caught_up() {
        long account = toPlan("PP-CATCH-UP");

        dueDatePasses(account, 1);
        assertThat(plans.schedule(account).getFirst().state()).isEqualTo("MISSED");
        await().until(() -> claims.timeline("PP-CATCH-UP").stream()
                .anyMatch(e -> e.description().startsWith("Payment plan reminder sent")));
        patient.pay(account, "100.00", "PP-CATCH-UP-1");
        dueDatePasses(account, 2);
        patient.pay(account, "50.00", "PP-CATCH-UP-2");
        dueDatePasses(account, 3);

        patient.awaitEndedAt(account, "BalancePaid");
        assertThat(plans.schedule(account)).extracting(PlanInstallment::state)
                .containsExactly("PAID_LATE", "PAID", "PAID");
    }

    @Test
    void two_missed_installments_ask_a_biller_to_renegotiate_the_plan() {
        long account = toPlan("PP-BROKEN");

        dueDatePasses(account, 1);
        dueDatePasses(account, 2);

        patient.awaitTask(account, "RenegotiatePaymentPlan");
        assertThat(plans.latestPlanState(account)).isEqualTo("BROKEN");
        patient.complete(account, "RenegotiatePaymentPlan", Map.of("planOutcome", "COLLECTIONS"));
        patient.awaitTask(account, "CollectionsReview");
    }

    @Test
    void new_charges_during_a_plan_are_held_outside_it_by_default() {
        long account = toPlan("PP-HOLD");
        await().until(() -> plans.schedule(account).size() == 3);

        patient.anotherClaimLeavingPatient("PP-HOLD", "PP-HOLD-2", "30.00");

        await().atMost(PatientBillingDriver.PATIENCE).until(() -> claims.timeline("PP-HOLD-2").stream()
                .anyMatch(e -> e.description().startsWith("New charge held")));
        assertThat(plans.schedule(account)).extracting(i -> i.amount().toPlainString())
                .containsExactly("50.00", "50.00", "50.00");
        assertThat(accounts.balanceDue(account)).isEqualByComparingTo("180.00");
    }

    @Test
    void new_charges_are_spread_over_the_installments_left_when_the_office_adds_them_to_the_plan() {
        long account = toPlan("PP-ADD");
        await().until(() -> plans.schedule(account).size() == 3);
        patient.pay(account, "50.00", "PP-ADD-1");
        dueDatePasses(account, 1);
        // the office's setting as the running follow-up carries it (arflow.patients.new-charges-during-plan)
        patient.instances(account).forEach(k -> client.newSetVariablesCommand(k)
                .variables(Map.of("newChargesDuringPlan", "ADD_TO_PLAN")).send().join());

        patient.anotherClaimLeavingPatient("PP-ADD", "PP-ADD-2", "30.00");

        await().atMost(PatientBillingDriver.PATIENCE).until(() -> plans.schedule(account).get(1).amount()
                .compareTo(new BigDecimal("50.00")) != 0);
        assertThat(plans.schedule(account)).extracting(i -> i.amount().toPlainString() + " " + i.state())
                .containsExactly("50.00 PAID", "65.00 DUE", "65.00 DUE");
        assertThat(claims.timeline("PP-ADD").stream().anyMatch(e -> e.description().startsWith("Payment plan recomputed")))
                .isTrue();
        patient.pay(account, "65.00", "PP-ADD-2");
        dueDatePasses(account, 2);
        assertThat(plans.schedule(account).get(1).state()).isEqualTo("PAID");
    }

    @Test
    void spreading_new_charges_keeps_the_term_and_puts_the_cents_on_the_last_installment() {
        assertThat(PlanRules.respread(new BigDecimal("100.00"), 3)).extracting(BigDecimal::toPlainString)
                .containsExactly("33.33", "33.33", "33.34");
    }

    @Test
    void a_plan_running_when_the_engine_restarts_goes_on_at_its_next_installment_not_a_new_plan() {
        long account = toPlan("PP-RESUME");
        await().until(() -> plans.schedule(account).size() == 3);
        long planId = plans.schedule(account).getFirst().planId();
        patient.pay(account, "50.00", "PP-RESUME-1");
        dueDatePasses(account, 1);
        long lost = accounts.processInstanceKey(account).orElseThrow();
        client.newCancelInstanceCommand(lost).send().join(); // what a restart of the embedded engine does

        assertThat(recovery.resume(account)).isTrue();

        patient.awaitPassed(account, "ResumePaymentPlan");
        patient.pay(account, "50.00", "PP-RESUME-2");
        dueDatePasses(account, 2);
        patient.pay(account, "50.00", "PP-RESUME-3");
        dueDatePasses(account, 3);
        patient.awaitEndedAt(account, "BalancePaid");
        assertThat(plans.schedule(account)).as("the same plan, each installment checked once under its own number")
                .allSatisfy(i -> assertThat(i.planId()).isEqualTo(planId))
                .extracting(PlanInstallment::state).containsExactly("PAID", "PAID", "PAID");
        assertThat(statements.of(account)).as("no statement while the plan runs").hasSize(4);
    }

    private long toPlanSetUp(String claimId) {
        long account = patient.claimLeavingPatient(claimId, "150.00");
        patient.throughFinalNotice(account);
        patient.complete(account, "CallPatient", Map.of("callOutcome", "PAYMENT_PLAN"));
        return account;
    }

    private long toPlan(String claimId) {
        long account = toPlanSetUp(claimId);
        work.complete(patient.awaitTask(account, "SetUpPaymentPlan").taskKey(), terms(3), new Actor("supervisor", true));
        return account;
    }

    private Map<String, Object> terms(int installments) {
        return Map.of("installments", installments, "installmentAmount", "50.00",
                "firstDueDate", patient.office.engineToday().plusDays(5).toString());
    }

    /**
     * Moves the clock just past installment n's due date (not by a month: installment n + 1 may fall due 28 days
     * later) and waits until it was matched.
     */
    private void dueDatePasses(long account, int n) {
        patient.letTimerFireJustPastItsDueTime(account, "InstallmentDue");
        await().atMost(PatientBillingDriver.PATIENCE).until(
                () -> plans.schedule(account).size() >= n && !plans.schedule(account).get(n - 1).state().equals("DUE"));
    }
}
