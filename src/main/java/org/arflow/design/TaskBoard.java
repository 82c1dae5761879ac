package org.arflow.design;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobWorker;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.arflow.engine.ScratchEngine;

/**
 * The people's tasks open on a scratch engine, by claim and element, as the task list would see them:
 * one worker takes every user-task job and keeps it until a scenario completes it.
 */
final class TaskBoard implements AutoCloseable {

    private final Map<String, ActivatedJob> open = new ConcurrentHashMap<>();
    private final JobWorker worker;

    TaskBoard(ScratchEngine scratch) {
        this.worker = scratch.client().newWorker().jobType(DraftModel.USER_TASK_JOB)
                .handler((client, job) -> open.put(key(String.valueOf(job.getVariablesAsMap().get("claimId")),
                        job.getElementId()), job))
                .timeout(Duration.ofDays(3650)).pollInterval(Duration.ofMillis(50)).open();
    }

    /** The claim's open task at this element, taken off the board; null when none is open. */
    ActivatedJob take(String claimId, String elementId) {
        return open.remove(key(claimId, elementId));
    }

    boolean isOpen(String claimId, String elementId) {
        return open.containsKey(key(claimId, elementId));
    }

    private static String key(String claimId, String elementId) {
        return claimId + "/" + elementId;
    }

    @Override
    public void close() {
        worker.close();
    }
}
