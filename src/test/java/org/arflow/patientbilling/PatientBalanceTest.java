package org.arflow.patientbilling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.arflow.claims.ClaimService;
import org.arflow.tasks.Actor;
import org.arflow.tasks.FourEyesException;
import org.arflow.tasks.TaskAssignment;
import org.arflow.tasks.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PatientBillingIntegrationTest
class PatientBalanceTest {

    @Autowired
    PatientBillingDriver patient;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskAssignment assignment;
    @Autowired
    PatientAccounts accounts;
    @Autowired
    Statements statements;
    @Autowired
    ClaimService claims;
    @Autowired
    PatientAccountQuery query;
    @Autowired
    PatientFollowUpRecovery recovery;

    @Autowired
    io.camunda.client.CamundaClient client;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void an_account_resumed_ten_days_into_its_statement_period_gets_its_next_statement_when_the_period_ends() {
        long account = patient.claimLeavingPatient("PB-RESUME", "40.00");
        java.time.Instant due = patient.timerDue(account, "StatementPeriodOver");
        patient.office.moveClock(Duration.ofDays(10));
        long lost = accounts.processInstanceKey(account).orElseThrow();
        client.newCancelInstanceCommand(lost).send().join(); // what a restart of the embedded engine does

        assertThat(recovery.resume(account)).isTrue();

        await().atMost(PatientBillingDriver.PATIENCE)
                .until(() -> accounts.processInstanceKey(account).orElse(lost), k -> k != lost);
        assertThat(patient.timerDue(account, "StatementPeriodOver")).as("the period ends when it would have")
                .isBetween(due.minusSeconds(1), due.plusSeconds(1));
        assertThat(statements.of(account)).as("no statement before the period ends").hasSize(1);
        patient.letTimerFire(account, "StatementPeriodOver", Duration.ofDays(21));
        patient.awaitStatements(account, 2);
        assertThat(statements.of(account)).extracting(Statement::number).containsExactlyInAnyOrder(1, 2);
        assertThat(accounts.followingUp(account)).isTrue();
    }

    @Test
    void an_account_interrupted_at_its_call_and_then_at_its_collections_review_gets_each_task_back_as_it_was() {
        long account = patient.claimLeavingPatient("PB-INTERRUPTED", "90.00");
        patient.throughFinalNotice(account);

        restartWhileOpen(account, "CallPatient");
        patient.complete(account, "CallPatient", Map.of("callOutcome", "NO_AGREEMENT"));
        restartWhileOpen(account, "CollectionsReview");

        assertThat(patient.awaitTask(account, "CollectionsReview")).isNotNull();
        assertThat(patient.passed(account)).as("no statement period, no call again").doesNotContain("CallPatient",
                "SendStatement", "StatementPeriodOver");
        patient.complete(account, "CollectionsReview", Map.of("collectionsDecision", "SEND_TO_COLLECTIONS"));
        patient.awaitEndedAt(account, "SentToCollections");
        assertThat(statements.of(account)).as("the final notice was the last statement").hasSize(4);
        assertThat(accounts.followingUp(account)).isFalse();
    }

    /** What a restart of the embedded engine does to an account whose task is open, then the resume. */
    private void restartWhileOpen(long account, String elementId) {
        long open = patient.awaitTask(account, elementId).taskKey();
        long lost = accounts.processInstanceKey(account).orElseThrow();
        client.newCancelInstanceCommand(lost).send().join();
        jdbc.sql("update user_task set state = 'CANCELED', closed_at = now(), interrupted_at = now() where job_key = :k")
                .param("k", open).update(); // as tasks.TasksOfEarlierEngineRun leaves the earlier run's open tasks
        assertThat(recovery.resume(account)).isTrue();
        await().atMost(PatientBillingDriver.PATIENCE)
                .until(() -> accounts.processInstanceKey(account).orElse(lost), k -> k != lost);
        assertThat(patient.awaitTask(account, elementId).taskKey()).as("a new task at " + elementId).isNotEqualTo(open);
    }

    @Test
    void a_patient_who_pays_after_the_first_statement_is_done() {
        long account = patient.claimLeavingPatient("PB-PAID", "50.00");

        PaymentResult paid = patient.pay(account, "50.00", "R-PAID-1");

        assertThat(paid.applied()).containsEntry("PB-PAID", new java.math.BigDecimal("50.00"));
        patient.awaitEndedAt(account, "BalancePaid");
        assertThat(accounts.balanceDue(account)).isZero();
        assertThat(accounts.followingUp(account)).isFalse();
        assertThat(statements.of(account)).hasSize(1);
        assertThat(claims.timeline("PB-PAID")).extracting(e -> e.kind())
                .contains("PATIENT_STATEMENT", "PATIENT_PAYMENT");
    }

    @Test
    void a_partial_payment_keeps_the_statements_going() {
        long account = patient.claimLeavingPatient("PB-PARTIAL", "80.00");

        patient.pay(account, "30.00", "R-PARTIAL-1");
        patient.awaitEndedAt(account, "CheckBalance"); // the wait starts again after the payment
        patient.letTimerFire(account, "StatementPeriodOver", Duration.ofDays(31));

        patient.awaitStatements(account, 2);
        assertThat(statements.of(account).getFirst().amountDue()).isEqualByComparingTo("50.00");
    }

    @Test
    void no_payment_through_the_final_notice_leads_to_a_call_and_then_collections_review() {
        long account = patient.claimLeavingPatient("PB-SILENT", "75.00");

        patient.throughFinalNotice(account);
        assertThat(statements.of(account)).hasSize(4).first().satisfies(s -> assertThat(s.finalNotice()).isTrue());
        patient.complete(account, "CallPatient", Map.of("callOutcome", "NO_AGREEMENT"));
        patient.complete(account, "CollectionsReview", Map.of("collectionsDecision", "SEND_TO_COLLECTIONS"));

        patient.awaitEndedAt(account, "SentToCollections");
        assertThat(accounts.followingUp(account)).isFalse();
        assertThat(claims.timeline("PB-SILENT")).extracting(e -> e.kind()).contains("PATIENT_FINAL_NOTICE");
    }

    @Test
    void whoever_called_the_patient_cannot_approve_the_write_off_of_that_balance() {
        long account = patient.claimLeavingPatient("PB-SELF-WO", "40.00");

        patient.throughFinalNotice(account);
        patient.complete(account, "CallPatient", Map.of("callOutcome", "NO_AGREEMENT"));
        long review = patient.awaitTask(account, "CollectionsReview").taskKey();

        assertThatThrownBy(() -> tasks.complete(review, Map.of("collectionsDecision", "WRITE_OFF"), "supervisor", true))
                .isInstanceOf(FourEyesException.class).hasMessageContaining("another supervisor");
        assertThat(accounts.balanceDue(account)).isEqualByComparingTo("40.00");
    }

    @Test
    void a_collections_write_off_brings_the_balance_to_zero_as_an_adjustment() {
        long account = patient.claimLeavingPatient("PB-WRITE-OFF", "75.00");

        patient.throughFinalNotice(account);
        long call = patient.awaitTask(account, "CallPatient").taskKey();
        assignment.claim(call, new Actor("biller", false));
        tasks.complete(call, Map.of("callOutcome", "NO_AGREEMENT"), "biller", false);
        patient.complete(account, "CollectionsReview", Map.of("collectionsDecision", "WRITE_OFF"));

        patient.awaitEndedAt(account, "SentToCollections");
        assertThat(accounts.balanceDue(account)).isZero();
        assertThat(accounts.balances(account)).singleElement().satisfies(b -> {
            assertThat(b.writtenOff()).isEqualByComparingTo("75.00");
            assertThat(b.paid()).isZero();
        });
        PatientAccount view = query.get(account);
        assertThat(view.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.claimId()).isEqualTo("PB-WRITE-OFF");
            assertThat(a.amount()).isEqualByComparingTo("75.00");
        });
        assertThat(view.payments()).isEmpty();
        assertThat(claims.timeline("PB-WRITE-OFF")).extracting(e -> e.kind()).contains("PATIENT_ADJUSTMENT");
    }

    @Test
    void a_payment_larger_than_the_balance_leaves_a_credit_not_an_error() {
        long account = patient.claimLeavingPatient("PB-OVER", "50.00");

        PaymentResult paid = patient.pay(account, "80.00", "R-OVER-1");

        assertThat(paid.recorded()).isTrue();
        assertThat(paid.credit()).isEqualByComparingTo("30.00");
        assertThat(accounts.credit(account)).isEqualByComparingTo("30.00");
        patient.awaitEndedAt(account, "BalancePaid");
    }

    @Test
    void a_repeated_payment_reference_records_nothing_the_second_time() {
        long account = patient.claimLeavingPatient("PB-TWICE", "90.00");

        PaymentResult first = patient.pay(account, "40.00", "R-TWICE-1");
        PaymentResult second = patient.pay(account, "40.00", "R-TWICE-1");

        assertThat(first.recorded()).isTrue();
        assertThat(second.recorded()).isFalse();
        assertThat(second.paymentId()).isEqualTo(first.paymentId());
        assertThat(accounts.balanceDue(account)).isEqualByComparingTo("50.00");
    }

    @Test
    void a_statement_pdf_shows_the_amount_due_and_each_claim() throws IOException {
        long account = patient.claimLeavingPatient("PB-PDF", "64.10");

        Statement statement = statements.of(account).getFirst();
        String text;
        try (var pdf = Loader.loadPDF(statements.pdf(statement.id()))) {
            text = new PDFTextStripper().getText(pdf);
        }

        assertThat(text).contains("Amount due: $64.10", "claim PB-PDF", "Billed: $214.10", "Insurance paid: $120.00",
                "Deductible amount", "Contractual obligation", "How to pay");
        await().until(() -> statements.daily(statement.statementDate()).isPresent());
    }
}
