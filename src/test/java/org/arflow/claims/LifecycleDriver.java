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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.arflow.engine.EmbeddedEngine;
import org.arflow.tasks.TaskService;
import org.arflow.tasks.UserTask;
import org.springframework.stereotype.Component;

/**
 * Drives claims through the real app on the embedded engine: submit, post what payers say, work
 * the tasks as people would, move the engine's clock, and read what the engine did.
 */
@Component
public class LifecycleDriver {

    // generous: a loaded 2-core machine slows the engine, and a job whose activation the in-memory engine lost
    // comes back only after the 45 s job timeout
    static final Duration PATIENCE = Duration.ofSeconds(90);

    private final ClaimService claims;
    private final RemittancePosting posting;
    private final TaskService tasks;
    private final EmbeddedEngine embeddedEngine;

    LifecycleDriver(ClaimService claims, RemittancePosting posting, TaskService tasks, EmbeddedEngine embeddedEngine) {
        this.claims = claims;
        this.posting = posting;
        this.tasks = tasks;
        this.embeddedEngine = embeddedEngine;
    }

    /** A claim whose date of service lies {@code daysAgo} days before the engine's today. */
    public Claim submit(String claimId, String payer, int daysAgo, String billed, String expected) {
        claims.submit(new NewClaim(claimId,
                new NewClaim.PatientRef("Test", "Patient-" + claimId, LocalDate.of(1970, 1, 1), "M" + claimId),
                payer, null, engineToday().minusDays(daysAgo), null, new BigDecimal(billed),
                expected == null ? null : new BigDecimal(expected),
                List.of(new ServiceLine(1, "99213", null, new BigDecimal(billed), BigDecimal.ONE, null))));
        instanceKey(claimId);
        return claims.get(claimId);
    }

    public void remit(String claimId, String reference, String status, String charge, String paid, String patient,
                      Adjustment... adjustments) {
        assertThat(posting.post(claimId, new ClaimRemittance(reference, status, new BigDecimal(charge),
                new BigDecimal(paid), new BigDecimal(patient), "PCN" + reference, engineToday(), List.of(adjustments),
                List.of(), List.of()))).isTrue();
    }

    public void status(String claimId, String reference, String category, LocalDate documentationDeadline) {
        assertThat(posting.recordStatus(claimId, new ClaimStatusResponse(reference, category, "0", engineToday(),
                documentationDeadline))).isTrue();
    }

    public static Adjustment adj(String group, String reason, String amount) {
        return new Adjustment(group, reason, new BigDecimal(amount), null);
    }

    public Claim awaitStage(String claimId, ClaimStage stage) {
        await().atMost(PATIENCE).until(() -> claims.find(claimId).map(Claim::stage).orElse(null), s -> s == stage);
        return claims.get(claimId);
    }

    public UserTask awaitTask(String claimId, String elementId) {
        return await().atMost(PATIENCE).until(() -> openTask(claimId, elementId), t -> t != null);
    }

    public UserTask openTask(String claimId, String elementId) {
        return tasks.openTasksFor("supervisor", true).stream()
                .filter(t -> claimId.equals(t.claimId()) && elementId.equals(t.elementId()))
                .findFirst().orElse(null);
    }

    public void complete(String claimId, String elementId, Map<String, Object> outcome) {
        tasks.complete(awaitTask(claimId, elementId).taskKey(), outcome, "supervisor", true);
    }

    public long instanceKey(String claimId) {
        return await().atMost(PATIENCE).until(() -> claims.get(claimId).processInstanceKey(), k -> k != null);
    }

    /** Waits until the claim's instance has a live timer at this element, then moves the clock past it. */
    public void letTimerFire(String claimId, String timerElementId, Duration by) {
        long key = instanceKey(claimId);
        letTimerFire(() -> key, timerElementId, by);
    }

    /**
     * Waits until the instance {@code root} names (read again on each try), or one it called, has a live timer
     * at this element, moves the clock past it, and returns once the engine has triggered it: the next call must
     * not mistake this timer for the next one.
     */
    public void letTimerFire(java.util.function.LongSupplier root, String timerElementId, Duration by) {
        Set<Long> due = await().atMost(PATIENCE).until(() -> liveTimers(root.getAsLong(), timerElementId),
                t -> !t.isEmpty());
        engine().increaseTime(by);
        await().atMost(PATIENCE).until(() -> java.util.Collections.disjoint(liveTimers(root.getAsLong(), timerElementId),
                due));
    }

    /** The due date of the claim's live timer at this element (engine time), waiting until there is one. */
    public java.time.Instant timerDue(String claimId, String timerElementId) {
        long key = instanceKey(claimId);
        return timerDue(() -> key, timerElementId);
    }

    /** The due date of the live timer at this element in the instance {@code root} names or one it called. */
    public java.time.Instant timerDue(java.util.function.LongSupplier root, String timerElementId) {
        await().atMost(PATIENCE).until(() -> liveTimer(root.getAsLong(), timerElementId));
        Set<Long> instances = instanceTree(root.getAsLong());
        long due = 0;
        for (var r : RecordStream.of(engine().getRecordStreamSource()).timerRecords()) {
            if (instances.contains(r.getValue().getProcessInstanceKey())
                    && timerElementId.equals(r.getValue().getTargetElementId())
                    && r.getIntent() == TimerIntent.CREATED) {
                due = r.getValue().getDueDate();
            }
        }
        return java.time.Instant.ofEpochMilli(due);
    }

    /**
     * Lets the live timer at this element fire by moving the clock just past its due time (a minute), not by a fixed
     * span: timers due a little later (the next installment of a plan) stay ahead, whatever the day and hour.
     */
    public void letTimerFireJustPastItsDueTime(java.util.function.LongSupplier root, String timerElementId) {
        Duration toDue = Duration.between(engineNow(), timerDue(root, timerElementId));
        letTimerFire(root, timerElementId, (toDue.isNegative() ? Duration.ZERO : toDue).plusMinutes(1));
    }

    /** Moves the engine clock (timers due by then fire). */
    public void moveClock(Duration by) {
        engine().increaseTime(by);
    }

    private boolean liveTimer(long processInstanceKey, String elementId) {
        return !liveTimers(processInstanceKey, elementId).isEmpty();
    }

    /** Keys of the timers at this element, in the instance or those it called, created and not yet triggered. */
    private Set<Long> liveTimers(long processInstanceKey, String elementId) {
        Set<Long> instances = instanceTree(processInstanceKey);
        Set<Long> created = new HashSet<>();
        Set<Long> done = new HashSet<>();
        for (var r : RecordStream.of(engine().getRecordStreamSource()).timerRecords()) {
            if (!instances.contains(r.getValue().getProcessInstanceKey())
                    || !elementId.equals(r.getValue().getTargetElementId())) {
                continue;
            }
            if (r.getIntent() == TimerIntent.CREATED) {
                created.add(r.getKey());
            } else {
                done.add(r.getKey());
            }
        }
        created.removeAll(done);
        return created;
    }

    /** The claim's instance and the instances it called (call activities), by key. */
    private Set<Long> instanceTree(long root) {
        Set<Long> instances = new HashSet<>(Set.of(root));
        for (Record<ProcessInstanceRecordValue> r : processRecords()) {
            if (instances.contains(r.getValue().getParentProcessInstanceKey())) {
                instances.add(r.getValue().getProcessInstanceKey());
            }
        }
        return instances;
    }

    /** Elements completed by the claim's instance and the instances it called. */
    public Set<String> passedElements(String claimId) {
        long root = instanceKey(claimId);
        Set<Long> instances = new HashSet<>(Set.of(root));
        Set<String> passed = new HashSet<>();
        for (Record<ProcessInstanceRecordValue> r : processRecords()) {
            ProcessInstanceRecordValue v = r.getValue();
            if (instances.contains(v.getParentProcessInstanceKey())) {
                instances.add(v.getProcessInstanceKey());
            }
            if (instances.contains(v.getProcessInstanceKey()) && r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED) {
                passed.add(v.getElementId());
            }
        }
        return passed;
    }

    public void awaitPassed(String claimId, String... elementIds) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(passedElements(claimId)).contains(elementIds));
    }

    /** Waits until the claim's process instance completed, through this end event. */
    public void awaitEndedAt(String claimId, String endEventId) {
        long key = instanceKey(claimId);
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<ProcessInstanceRecordValue> completed = processRecords().stream()
                    .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED)
                    .map(Record::getValue).filter(v -> v.getProcessInstanceKey() == key).toList();
            assertThat(completed).anyMatch(v -> v.getBpmnElementType() == BpmnElementType.PROCESS);
            assertThat(completed).anyMatch(v -> v.getElementId().equals(endEventId));
        });
    }

    private List<Record<ProcessInstanceRecordValue>> processRecords() {
        return StreamSupport.stream(RecordStream.of(engine().getRecordStreamSource()).processInstanceRecords()
                .spliterator(), false).toList();
    }

    /** The engine's today: its clock runs ahead of the wall clock once a test moved it. */
    public LocalDate engineToday() {
        return LocalDate.ofInstant(engineNow(), ZoneOffset.UTC);
    }

    /** The engine's clock as of its latest record (the test engine does not tell its time otherwise). */
    public java.time.Instant engineNow() {
        long latest = 0;
        for (var r : engine().getRecordStreamSource().getRecords()) {
            latest = Math.max(latest, r.getTimestamp());
        }
        return java.time.Instant.ofEpochMilli(latest == 0 ? System.currentTimeMillis() : latest);
    }

    private ZeebeTestEngine engine() {
        return (ZeebeTestEngine) embeddedEngine.engine();
    }
}
