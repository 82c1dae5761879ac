package org.arflow.design;

import io.camunda.client.api.command.ClientStatusException;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.arflow.engine.DeploymentLog;
import org.arflow.engine.ScratchEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The checks on a private scratch engine: the draft deploys beside the live versions of every other
 * file, then the scenario suite runs against it, with the app's workers and the payer played.
 */
@Component
class ScratchChecks {

    static final String DEPLOYS = "Deploys on a scratch engine";
    static final String SCENARIO = "Scenario";
    private static final Logger log = LoggerFactory.getLogger(ScratchChecks.class);

    private final DeploymentLog deployments;
    private final AppCapabilities app;

    ScratchChecks(DeploymentLog deployments, AppCapabilities app) {
        this.deployments = deployments;
        this.app = app;
    }

    void run(String resourceName, String xml, DraftModel draft, List<Check> report) {
        boolean earlierFailures = report.stream().anyMatch(Check::failed);
        Map<String, byte[]> files = new TreeMap<>(deployments.latestFiles());
        files.put(resourceName, xml.getBytes(StandardCharsets.UTF_8));
        try (ScratchEngine scratch = ScratchEngine.start()) {
            if (!deploy(scratch, files, report)) {
                return;
            }
            List<Scenario> scenarios = draft.processIds().stream().flatMap(p -> ClaimScenarios.touching(p).stream())
                    .distinct().toList();
            if (scenarios.isEmpty()) {
                report.add(Check.cannotCheck(SCENARIO, "no scenarios for this process (" + String.join(", ", draft.processIds()) + ")"));
                return;
            }
            if (earlierFailures) { // a claim would only get stuck where the checks above say: save the minutes
                report.add(Check.cannotCheck(SCENARIO, "not run until the failures above are fixed"));
                return;
            }
            playAppWorkers(scratch, files);
            try (TaskBoard tasks = new TaskBoard(scratch)) {
                int n = 0;
                for (Scenario scenario : scenarios) {
                    Optional<String> problem = play(new ScenarioRun(scratch, tasks, scenario, "SCENARIO-" + (++n)));
                    report.add(problem.map(p -> Check.failed(SCENARIO, "\"" + scenario.name() + "\": " + p))
                            .orElseGet(() -> Check.passed(SCENARIO, "\"" + scenario.name() + "\" reached " + scenario.expectedEnd())));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Scratch engine checks stopped: {}", e.getMessage());
            report.add(Check.failed(DEPLOYS, "the scratch engine could not run the checks: " + e.getMessage()));
        }
    }

    private static Optional<String> play(ScenarioRun run) {
        try {
            return run.play();
        } catch (RuntimeException e) { // one scenario's engine trouble is its own failure, not the suite's
            return Optional.of("the scratch engine did not carry it out: " + e.getMessage());
        }
    }

    private static boolean deploy(ScratchEngine scratch, Map<String, byte[]> files, List<Check> report) {
        var step = scratch.client().newDeployResourceCommand();
        io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2 all = null;
        for (var file : files.entrySet()) {
            all = all == null ? step.addResourceBytes(file.getValue(), file.getKey())
                    : all.addResourceBytes(file.getValue(), file.getKey());
        }
        try {
            all.requestTimeout(ScenarioRun.SCRATCH_ANSWER).send().join();
            report.add(Check.passed(DEPLOYS, "the engine accepted it beside the live " + String.join(", ",
                    files.keySet().stream().filter(f -> f != null).toList())));
            return true;
        } catch (ClientStatusException e) {
            report.add(Check.failed(DEPLOYS, "the engine refused it: " + e.getMessage()));
            return false;
        }
    }

    /** Auto-completing workers for the job types the app's workers take (they return no variables either). */
    private void playAppWorkers(ScratchEngine scratch, Map<String, byte[]> files) {
        Set<String> types = new TreeSet<>();
        files.forEach((name, content) -> {
            if (name.endsWith(".bpmn")) {
                DraftModel.of(Bpmn.readModelFromStream(new ByteArrayInputStream(content))).jobTypes().stream()
                        .map(DraftModel.Use::value)
                        .filter(t -> t != null && !t.startsWith("=") && !t.equals(DraftModel.USER_TASK_JOB))
                        .filter(app::hasWorkerFor).forEach(types::add);
            }
        });
        for (String type : types) {
            scratch.client().newWorker().jobType(type)
                    .handler((client, job) -> client.newCompleteCommand(job.getKey())
                            .requestTimeout(ScenarioRun.SCRATCH_ANSWER).send().join())
                    .pollInterval(Duration.ofMillis(50)).open();
        }
    }
}
