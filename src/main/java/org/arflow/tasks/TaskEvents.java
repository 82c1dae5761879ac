package org.arflow.tasks;

import java.util.Map;
import java.util.stream.Collectors;
import org.arflow.claims.ClaimProgress;
import org.arflow.claims.ClaimStage;
import org.springframework.stereotype.Component;

/** Writes what happens to a claim's tasks on the claim: the stage a task stands for, and its outcome. */
@Component
class TaskEvents {

    private final ClaimProgress progress;
    private final org.arflow.engine.EngineInfo engine;

    TaskEvents(ClaimProgress progress, org.arflow.engine.EngineInfo engine) {
        this.progress = progress;
        this.engine = engine;
    }

    void opened(UserTask task) {
        if (task.claimId() == null) {
            return;
        }
        ClaimStage stage = task.stage() == null ? null : ClaimStage.valueOf(task.stage());
        String why = task.variables().get("routeReason") instanceof String reason ? " (" + reason + ")" : "";
        progress.record(task.claimId(), stage, "TASK_OPENED", "Task opened: " + task.name() + why, "arflow",
                "task-opened:" + engine.runId() + ":" + task.taskKey());
    }

    void completed(UserTask task, Map<String, Object> outcome, String user) {
        if (task.claimId() == null) {
            return;
        }
        String facts = outcome.entrySet().stream()
                .filter(e -> !"notes".equals(e.getKey()) && e.getValue() != null)
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        Object notes = outcome.get("notes");
        progress.record(task.claimId(), null, "TASK_COMPLETED", task.name() + " completed"
                + (facts.isEmpty() ? "" : ": " + facts) + (notes == null ? "" : ". Notes: " + notes), user,
                "task-completed:" + engine.runId() + ":" + task.taskKey());
        if (FourEyes.requestsWriteOff(outcome)) { // who asked is who may not approve
            progress.record(task.claimId(), null, FourEyes.REQUESTED, "Write-off requested by " + user + " ("
                    + task.name() + ")", user, "write-off-requested:" + engine.runId() + ":" + task.taskKey());
        }
    }

    void withdrawn(UserTask task) {
        if (task.claimId() != null) {
            progress.record(task.claimId(), null, "TASK_WITHDRAWN",
                    "Task withdrawn by the process: " + task.name(), "arflow", "task-withdrawn:" + engine.runId() + ":" + task.taskKey());
        }
    }
}
