package org.arflow.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arflow.claims.OpenTaskLookup;
import org.arflow.engine.ProcessEngine;
import org.arflow.security.UserDirectory;
import org.springframework.stereotype.Service;

/** The task list's public face: who sees which tasks, and completing them. */
@Service
public class TaskService implements OpenTaskLookup {

    private final TaskInbox inbox;
    private final ProcessEngine engine;
    private final TaskEvents events;
    private final UserDirectory users;
    private final Assignments assignments;
    private final TaskAccess access;
    private final FourEyes fourEyes;

    TaskService(TaskInbox inbox, ProcessEngine engine, TaskEvents events, UserDirectory users,
                Assignments assignments, TaskAccess access, FourEyes fourEyes) {
        this.access = access;
        this.fourEyes = fourEyes;
        this.inbox = inbox;
        this.engine = engine;
        this.events = events;
        this.users = users;
        this.assignments = assignments;
    }

    /** Open tasks the user may work: assigned to them or offered to their teams; supervisors see all. */
    public List<UserTask> openTasksFor(String user, boolean supervisor) {
        return inbox.openFor(user, users.teams(user), supervisor);
    }

    @Override
    public List<OpenTask> openTasks(String claimId) {
        return inbox.openForClaim(claimId).stream()
                .map(t -> new OpenTask(t.taskKey(), t.name(), t.candidateGroups(), t.assignee(), t.dueAt()))
                .toList();
    }

    /**
     * Completes the task with the person's outcome; the process moves on. A task its process has
     * already withdrawn (a payment arrived, a timer fired) is removed and reported as such. Only its holder
     * completes a task, and only a member of its group (see {@link TaskAccess#mayWork}); a supervisor completing
     * a task nobody holds takes it first, so two people never complete one. Whoever asked for a write-off
     * cannot approve it.
     */
    public void complete(long taskKey, Map<String, Object> outcome, String user, boolean supervisor) {
        UserTask task = inbox.find(taskKey).orElseThrow(() -> new TaskNotFoundException(taskKey));
        List<String> teams = users.teams(user);
        boolean ofTheirTeams = task.candidateGroups().stream().anyMatch(teams::contains);
        if (!supervisor && !user.equals(task.assignee()) && !ofTheirTeams) {
            throw new TaskNotFoundException(taskKey); // not theirs to see
        }
        if (!"OPEN".equals(task.state())) {
            throw new StaleTaskException(task.name(), "was already " + task.state().toLowerCase());
        }
        if (!access.mayWork(task.candidateGroups(), user)) {
            throw new FourEyesException("\"" + task.name() + "\" is work for " + String.join(" or ",
                    task.candidateGroups()) + "; give it back so that one of them can complete it. Nothing was changed.");
        }
        fourEyes.checkApproval(task, outcome, user);
        if (!user.equals(task.assignee())) {
            if (task.assignee() == null && !supervisor) {
                throw new TaskNotHeldException(task.name());
            }
            if (task.assignee() != null || !assignments.claim(taskKey, user, teams, true)) {
                UserTask now = inbox.find(taskKey).orElseThrow();
                if (!"OPEN".equals(now.state())) {
                    throw new StaleTaskException(now.name(), "was already " + now.state().toLowerCase());
                }
                throw new TaskClaimedException(task.name(), now.assignee(), users.displayName(now.assignee()));
            }
        }
        // who completed it, for the BPMN's output mappings (a refund keeps who asked for it and who approved it)
        Map<String, Object> variables = new HashMap<>(outcome);
        variables.put("completedBy", user);
        if (!engine.completeJob(taskKey, variables)) {
            withdraw(task);
            throw new StaleTaskException(task.name(),
                    "was already closed by its process (for example a payment arrived or a deadline passed)");
        }
        if (inbox.close(taskKey, "COMPLETED", user, inbox.write(outcome))) {
            events.completed(task, outcome, user);
        }
    }

    /** Removes a task the process no longer has from every queue. */
    void withdraw(UserTask task) {
        if (inbox.close(task.taskKey(), "CANCELED", null, null)) {
            events.withdrawn(task);
        }
    }
}
