package org.arflow.tasks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arflow.claims.Claim;
import org.arflow.claims.ClaimService;
import org.arflow.claims.RemittanceHistory;
import org.arflow.security.AuditLog;
import org.springframework.stereotype.Service;

/** Opening a task to work it, and completing it with its form. Both are audited. */
@Service
public class TaskWork {

    private final TaskAccess access;
    private final TaskInbox inbox;
    private final TaskService tasks;
    private final ClaimService claims;
    private final RemittanceHistory remittances;
    private final QueueQueries queries;
    private final AuditLog audit;
    private final OfficeCalendar calendar;
    private final List<FormCheck> checks;

    TaskWork(TaskAccess access, TaskInbox inbox, TaskService tasks, ClaimService claims,
             RemittanceHistory remittances, QueueQueries queries, AuditLog audit, OfficeCalendar calendar,
             List<FormCheck> checks) {
        this.checks = checks;
        this.access = access;
        this.inbox = inbox;
        this.tasks = tasks;
        this.claims = claims;
        this.remittances = remittances;
        this.queries = queries;
        this.audit = audit;
        this.calendar = calendar;
    }

    public java.time.LocalDate today() {
        return calendar.today();
    }

    /** The task with its claim, if the person may see it (else not found, and the attempt is audited). */
    public TaskDetail open(long taskKey, Actor actor) {
        QueueTask task;
        try {
            task = access.visible(taskKey, actor);
        } catch (TaskNotFoundException e) {
            audit.record(actor.username(), "TASK_REFUSED", null, taskKey, "not in the user's teams, or no such task");
            throw e;
        }
        audit.record(actor.username(), "VIEW_CLAIM", task.claimId(), taskKey, task.name());
        Optional<Claim> claim = task.claimId() == null ? Optional.empty() : claims.find(task.claimId());
        Map<String, Object> variables = inbox.find(taskKey).map(UserTask::variables).orElse(Map.of());
        List<QueueTask> others = claim.isEmpty() ? List.of() : inbox.openForClaim(task.claimId()).stream()
                .filter(t -> t.taskKey() != taskKey)
                .map(t -> queries.find(t.taskKey()).orElseThrow())
                .map(t -> access.maySee(t, actor) ? t : t.asSeenByAnotherTeam()).toList();
        return new TaskDetail(task, task.assignee() == null ? null : access.nameOf(task.assignee()), variables, claim,
                claim.isPresent() ? claims.timeline(task.claimId()) : List.of(),
                claim.isPresent() ? remittances.of(task.claimId()) : List.of(), others,
                TaskForms.forKey(task.form()), task.score(calendar.today()));
    }

    /**
     * Checks the form and completes the task with its variables; the process moves on. Throws
     * {@link InvalidOutcomeException} with plain-words errors, {@link StaleTaskException} when the
     * process withdrew the task meanwhile, {@link TaskClaimedException} when someone else holds it.
     */
    public Map<String, Object> complete(long taskKey, Map<String, ?> entered, Actor actor) {
        QueueTask task = access.visible(taskKey, actor);
        TaskForm form = TaskForms.forKey(task.form()).orElseThrow(() -> new InvalidOutcomeException(
                "arflow has no form for this kind of task (" + task.form() + "); ask an analyst to add one."));
        Map<String, Object> outcome = TaskForms.outcome(form, entered);
        Map<String, Object> variables = inbox.find(taskKey).map(UserTask::variables).orElse(Map.of());
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        checks.stream().filter(c -> c.formKey().equals(form.key()))
                .forEach(c -> errors.putAll(c.check(variables, outcome)));
        if (!errors.isEmpty()) {
            throw new InvalidOutcomeException(errors);
        }
        tasks.complete(taskKey, outcome, actor.username(), actor.supervisor());
        audit.record(actor.username(), "COMPLETE_TASK", task.claimId(), taskKey, task.name());
        return outcome;
    }
}
