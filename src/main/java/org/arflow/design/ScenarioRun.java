package org.arflow.design;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.arflow.engine.ScratchEngine;
import org.arflow.engine.ScratchEngine.ElementEvent;

/**
 * Plays one scenario on a scratch engine where the draft and the live files are deployed and the app's
 * service-task workers are played by auto-completing workers: starts the claim, sends what the payer
 * sends, completes the people's tasks, lets days pass, and says whether the expected end was reached.
 */
final class ScenarioRun {

    private static final Duration STEP_PATIENCE = Duration.ofSeconds(60);
    private static final int MAX_SILENT_DAYS = 400;
    /** How long a command to the scratch engine may take: generous, the machine may be busy. */
    static final Duration SCRATCH_ANSWER = Duration.ofSeconds(60);
    private static final Duration NO_PROGRESS = Duration.ofSeconds(15);
    private static final int LOOP_LIMIT = 60; // an element entered this often by one claim: the flow loops

    private final ScratchEngine scratch;
    private final Scenario scenario;
    private final String claimId;
    private final TaskBoard tasks;
    private long rootKey;

    ScenarioRun(ScratchEngine scratch, TaskBoard tasks, Scenario scenario, String claimId) {
        this.scratch = scratch;
        this.tasks = tasks;
        this.scenario = scenario;
        this.claimId = claimId;
    }

    /** Empty when the claim reached the expected end; otherwise why not, in plain words. */
    Optional<String> play() {
        rootKey = scratch.client().newCreateInstanceCommand().bpmnProcessId(ClaimScenarios.FOLLOW_UP).latestVersion()
                .variables(ClaimScenarios.startVariables(claimId, scenario.claim())).requestTimeout(SCRATCH_ANSWER)
                .send().join().getProcessInstanceKey();
        try {
            for (Scenario.Step step : scenario.steps()) {
                Optional<String> problem = perform(step);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return awaitEnd();
        } finally {
            cancelIfRunning();
        }
    }

    private Optional<String> perform(Scenario.Step step) {
        return switch (step) {
            case Scenario.Remit r -> publish("remittance-received", r.variables());
            case Scenario.Status s -> publish("claim-status-received", Map.of("statusCategory", s.category(), "statusCode", "0"));
            case Scenario.AppealDecision a -> publish("appeal-decision-received", Map.of("appealDecision", a.won() ? "WON" : "LOST"));
            case Scenario.Complete c -> complete(c.elementId(), c.outcome());
            case Scenario.Silence s -> staySilent(s);
        };
    }

    private Optional<String> publish(String message, Map<String, Object> variables) {
        Optional<String> stuck = trouble();
        if (stuck.isPresent()) {
            return stuck;
        }
        scratch.client().newPublishMessageCommand().messageName(message).correlationKey(claimId)
                .messageId(claimId + ":" + message + ":" + System.nanoTime()).timeToLive(Duration.ofHours(1))
                .variables(variables).requestTimeout(SCRATCH_ANSWER).send().join();
        return Optional.empty();
    }

    private Optional<String> complete(String elementId, Map<String, Object> outcome) {
        long deadline = System.nanoTime() + STEP_PATIENCE.toNanos();
        Progress progress = new Progress();
        while (System.nanoTime() < deadline && progress.moving()) {
            ActivatedJob task = tasks.take(claimId, elementId);
            if (task != null) {
                scratch.client().newCompleteCommand(task.getKey()).variables(outcome).requestTimeout(SCRATCH_ANSWER)
                        .send().join();
                return Optional.empty();
            }
            Optional<String> stuck = trouble();
            if (stuck.isPresent()) {
                return stuck;
            }
            pause();
        }
        return Optional.of("expected the task " + elementId + " to open, but it did not; the claim waits at "
                + waitingAt());
    }

    private Optional<String> staySilent(Scenario.Silence silence) {
        for (int day = 0; day < MAX_SILENT_DAYS; day++) {
            if (tasks.isOpen(claimId, silence.untilTask())) {
                return Optional.empty();
            }
            for (var answer : silence.meanwhile().entrySet()) {
                ActivatedJob other = tasks.take(claimId, answer.getKey());
                if (other != null) {
                    scratch.client().newCompleteCommand(other.getKey()).variables(answer.getValue())
                            .requestTimeout(SCRATCH_ANSWER).send().join();
                }
            }
            Optional<String> stuck = trouble();
            if (stuck.isPresent()) {
                return stuck;
            }
            scratch.advanceClock(Duration.ofDays(1));
            pause();
        }
        return Optional.of("after " + MAX_SILENT_DAYS + " silent days the task " + silence.untilTask()
                + " had not opened; the claim waits at " + waitingAt());
    }

    private Optional<String> awaitEnd() {
        long deadline = System.nanoTime() + STEP_PATIENCE.toNanos();
        Progress progress = new Progress();
        while (System.nanoTime() < deadline && progress.moving()) {
            pause();
            List<ElementEvent> mine = eventsOfThisClaim();
            Set<String> ends = mine.stream().filter(e -> e.processInstanceKey() == rootKey)
                    .filter(e -> e.intent().equals("ELEMENT_COMPLETED") && e.elementType().equals("END_EVENT"))
                    .map(ElementEvent::elementId).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
            boolean finished = mine.stream().anyMatch(e -> e.processInstanceKey() == rootKey
                    && e.elementType().equals("PROCESS") && !e.intent().equals("ELEMENT_ACTIVATED"));
            if (finished) {
                return ends.contains(scenario.expectedEnd()) ? Optional.empty()
                        : Optional.of("ended at " + ends + " instead of " + scenario.expectedEnd());
            }
            Optional<String> stuck = trouble();
            if (stuck.isPresent()) {
                return stuck;
            }
        }
        return Optional.of("did not reach " + scenario.expectedEnd() + "; the claim waits at " + waitingAt());
    }

    /** An incident or a loop on this claim's instances, in plain words. */
    private Optional<String> trouble() {
        Set<Long> instances = instancesOfThisClaim(scratch.elementEvents());
        for (var incident : scratch.incidents()) {
            if (instances.contains(incident.processInstanceKey())) {
                return Optional.of("incident at " + incident.elementId() + ": " + incident.message());
            }
        }
        Map<String, Long> entered = eventsOfThisClaim().stream().filter(e -> e.intent().equals("ELEMENT_ACTIVATED"))
                .collect(Collectors.groupingBy(ElementEvent::elementId, Collectors.counting()));
        return entered.entrySet().stream().filter(e -> e.getValue() > LOOP_LIMIT).findFirst()
                .map(e -> "runs in a loop: " + e.getKey() + " was entered " + e.getValue() + " times");
    }

    /** Whether the claim's instances still do something: false after a while without a new element event. */
    private final class Progress {
        private int seen = -1;
        private long since = System.nanoTime();

        boolean moving() {
            int now = eventsOfThisClaim().size();
            if (now != seen) {
                seen = now;
                since = System.nanoTime();
            }
            return System.nanoTime() - since < NO_PROGRESS.toNanos();
        }
    }

    /** A short pause for the engine and the workers to move on. */
    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Scenario interrupted", e);
        }
    }

    private List<ElementEvent> eventsOfThisClaim() {
        List<ElementEvent> all = scratch.elementEvents();
        Set<Long> instances = instancesOfThisClaim(all);
        return all.stream().filter(e -> instances.contains(e.processInstanceKey())).toList();
    }

    private Set<Long> instancesOfThisClaim(List<ElementEvent> all) {
        Set<Long> instances = new HashSet<>(Set.of(rootKey));
        for (ElementEvent e : all) {
            if (instances.contains(e.parentProcessInstanceKey())) {
                instances.add(e.processInstanceKey());
            }
        }
        return instances;
    }

    /** Elements of this claim entered and not left: where it waits. */
    private String waitingAt() {
        Map<String, Integer> active = new LinkedHashMap<>();
        for (ElementEvent e : eventsOfThisClaim()) {
            if (e.elementType().equals("PROCESS") || e.elementType().equals("SUB_PROCESS")
                    || e.elementType().equals("EVENT_SUB_PROCESS") || e.elementType().equals("CALL_ACTIVITY")) {
                continue;
            }
            active.merge(e.elementId(), e.intent().equals("ELEMENT_ACTIVATED") ? 1 : -1, Integer::sum);
        }
        List<String> waiting = new ArrayList<>();
        active.forEach((id, n) -> {
            if (n > 0) {
                waiting.add(id);
            }
        });
        return waiting.isEmpty() ? "no element (nothing waits)" : String.join(", ", waiting);
    }

    private void cancelIfRunning() {
        try {
            scratch.client().newCancelInstanceCommand(rootKey).requestTimeout(SCRATCH_ANSWER).send().join();
        } catch (RuntimeException finishedAlready) {
            // completed instances cannot be cancelled: nothing to clean up
        }
    }
}
