package org.arflow.tasks;

import java.time.Duration;
import org.arflow.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The engine never tells a worker that its job was cancelled (an interrupting event, a finished
 * process). So every open task's job is renewed periodically: a job the engine no longer has is a
 * task its process withdrew, and it leaves every queue.
 */
@Component
class TaskReconciler {

    private static final Logger log = LoggerFactory.getLogger(TaskReconciler.class);
    private static final Duration JOB_TIMEOUT = Duration.ofDays(30);

    private final TaskInbox inbox;
    private final TaskService tasks;
    private final ProcessEngine engine;

    TaskReconciler(TaskInbox inbox, TaskService tasks, ProcessEngine engine) {
        this.inbox = inbox;
        this.tasks = tasks;
        this.engine = engine;
    }

    @Scheduled(initialDelayString = "${arflow.tasks.reconcile-every:PT5S}", fixedDelayString = "${arflow.tasks.reconcile-every:PT5S}")
    void reconcile() {
        for (long key : inbox.openKeys(1000)) {
            try {
                if (!engine.extendJob(key, JOB_TIMEOUT)) {
                    inbox.find(key).ifPresent(tasks::withdraw);
                }
            } catch (io.camunda.client.api.command.ClientStatusException e) {
                if (e.getStatusCode() == io.grpc.Status.Code.UNAVAILABLE
                        || e.getStatusCode() == io.grpc.Status.Code.DEADLINE_EXCEEDED) {
                    log.warn("Task reconciliation stopped: engine not reachable ({})", e.getMessage());
                    return;
                }
                // e.g. a job whose timeout passed is no longer activated: the task worker takes it again
                log.debug("Task {} not renewed this round: {}", key, e.getStatusCode());
            } catch (RuntimeException e) {
                log.warn("Task reconciliation stopped: {}", e.getMessage());
                return;
            }
        }
    }
}
