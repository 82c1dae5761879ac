package org.arflow.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.arflow.IntegrationTest;
import org.arflow.TestHttp;
import org.arflow.engine.EmbeddedEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ClaimFollowUpTest {

    @Autowired
    ClaimService claims;
    @Autowired
    EmbeddedEngine embeddedEngine;
    @LocalServerPort
    int port;

    @Test
    void submitted_claim_runs_through_its_workers_and_completes_when_the_payer_pays() {
        TestHttp http = new TestHttp(port);
        var submitted = http.postJson("/api/claims", "biller", claimJson("PAID-1001", "250.00"));
        assertThat(submitted.statusCode()).isEqualTo(201);

        Claim awaiting = awaitStatus("PAID-1001", ClaimStatus.AWAITING_PAYER);
        assertThat(awaiting.processInstanceKey()).isNotNull();

        var paid = http.postJson("/api/claims/PAID-1001/payments", "biller", paymentJson("180.00", "EFT-77"));
        assertThat(paid.statusCode()).isEqualTo(201);

        Claim closed = awaitStatus("PAID-1001", ClaimStatus.PAID);
        assertThat(closed.balance()).isEqualByComparingTo("70.00");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> completedEndEvent(closed.processInstanceKey()), "ClaimPaid"::equals);
        assertThat(claims.timeline("PAID-1001")).extracting(ClaimEvent::kind)
                .containsExactly("SUBMITTED", "AWAITING_PAYER", "PAYMENT", "PAID");
    }

    @Test
    void claim_without_payer_answer_is_flagged_for_follow_up_when_the_follow_up_period_ends() {
        var submitted = new TestHttp(port).postJson("/api/claims", "biller", claimJson("SILENT-2002", "90.00"));
        assertThat(submitted.statusCode()).isEqualTo(201);
        Claim awaiting = awaitStatus("SILENT-2002", ClaimStatus.AWAITING_PAYER);

        // the worker sets the status before the engine creates the timer: wait for the timer itself
        await().atMost(Duration.ofSeconds(20)).until(() -> timerCreated(awaiting.processInstanceKey()));
        // the payer's follow-up period is 30 days: move the engine's clock past it
        testEngine().increaseTime(Duration.ofDays(31));

        awaitStatus("SILENT-2002", ClaimStatus.NEEDS_FOLLOW_UP);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> completedEndEvent(awaiting.processInstanceKey()), "FollowUpNeeded"::equals);
    }

    @Test
    void recording_the_same_payment_twice_posts_it_once() {
        TestHttp http = new TestHttp(port);
        http.postJson("/api/claims", "biller", claimJson("TWICE-3003", "100.00"));
        awaitStatus("TWICE-3003", ClaimStatus.AWAITING_PAYER);

        var first = http.postJson("/api/claims/TWICE-3003/payments", "biller", paymentJson("40.00", "CHK-9"));
        var second = http.postJson("/api/claims/TWICE-3003/payments", "biller", paymentJson("40.00", "CHK-9"));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("already recorded");
        awaitStatus("TWICE-3003", ClaimStatus.PAID);
        assertThat(claims.find("TWICE-3003").orElseThrow().balance()).isEqualByComparingTo("60.00");
        assertThat(claims.timeline("TWICE-3003")).filteredOn(e -> e.kind().equals("PAYMENT")).hasSize(1);
    }

    @Test
    void a_known_claim_is_reported_and_not_duplicated() {
        TestHttp http = new TestHttp(port);
        assertThat(http.postJson("/api/claims", "biller", claimJson("DUP-4004", "75.00")).statusCode()).isEqualTo(201);

        var again = http.postJson("/api/claims", "biller", claimJson("DUP-4004", "75.00"));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("DUP-4004 is already known");
    }

    @Test
    void invalid_claim_data_is_refused_with_the_field_named() {
        var response = new TestHttp(port).postJson("/api/claims", "biller", claimJson("BAD-5005", "-3.00"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("billedAmount");
        assertThat(claims.find("BAD-5005")).isEmpty();
    }

    private Claim awaitStatus(String claimId, ClaimStatus status) {
        await().atMost(Duration.ofSeconds(30)).until(
                () -> claims.find(claimId).filter(c -> c.status() == status && c.processInstanceKey() != null)
                        .isPresent());
        return claims.find(claimId).orElseThrow();
    }

    /** The id of the end event through which the process instance completed, or null while it runs. */
    private String completedEndEvent(long processInstanceKey) {
        List<Record<ProcessInstanceRecordValue>> records = StreamSupport.stream(
                RecordStream.of(testEngine().getRecordStreamSource()).processInstanceRecords().spliterator(), false)
                .filter(r -> r.getValue().getProcessInstanceKey() == processInstanceKey)
                .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED)
                .toList();
        boolean processCompleted = records.stream()
                .anyMatch(r -> r.getValue().getBpmnElementType() == BpmnElementType.PROCESS);
        return processCompleted ? records.stream()
                .filter(r -> r.getValue().getBpmnElementType() == BpmnElementType.END_EVENT)
                .map(r -> r.getValue().getElementId()).findFirst().orElse(null) : null;
    }

    private boolean timerCreated(long processInstanceKey) {
        return StreamSupport.stream(RecordStream.of(testEngine().getRecordStreamSource()).timerRecords().spliterator(),
                        false)
                .anyMatch(r -> r.getValue().getProcessInstanceKey() == processInstanceKey
                        && r.getIntent() == TimerIntent.CREATED);
    }

    private ZeebeTestEngine testEngine() {
        return (ZeebeTestEngine) embeddedEngine.engine();
    }

    private static String claimJson(String claimId, String billed) {
        return """
                {"claimId":"%s","patientName":"Test Patient","payerName":"Acme Health",
                 "dateOfService":"2026-10-01","billedAmount":%s}""".formatted(claimId, billed);
    }

    private static String paymentJson(String amount, String reference) {
        return """
                {"amount":%s,"paidOn":"2026-11-20","reference":"%s"}""".formatted(amount, reference);
    }
}
