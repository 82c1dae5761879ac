package org.arflow.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.arflow.security.AuditLog;
import org.arflow.security.Role;
import org.arflow.security.UserDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Claim, give back, assign and snooze tasks. Every change is one SQL statement and one audit line. */
@Service
public class TaskAssignment {

    /** What an assignment of several tasks did: the ones that moved and the ones that were closed meanwhile. */
    public record Assigned(List<Long> assigned, List<Long> notAssigned) {
    }

    private final Assignments assignments;
    private final TaskAccess access;
    private final AuditLog audit;
    private final UserDirectory users;
    private final OfficeCalendar calendar;

    TaskAssignment(Assignments assignments, TaskAccess access, AuditLog audit, UserDirectory users,
                   OfficeCalendar calendar) {
        this.assignments = assignments;
        this.access = access;
        this.audit = audit;
        this.users = users;
        this.calendar = calendar;
    }

    /**
     * Takes the task. The first claim wins; a later one is told who holds it and changes nothing.
     * Claiming a task one already holds is fine.
     */
    public void claim(long taskKey, Actor actor) {
        QueueTask task = access.visible(taskKey, actor);
        if (!access.mayWork(task.candidateGroups(), actor.username())) {
            throw new FourEyesException("\"" + task.name() + "\" is work for " + String.join(" or ",
                    task.candidateGroups()) + "; it cannot be claimed by you. Nothing was changed.");
        }
        if (assignments.claim(taskKey, actor.username(), access.teams(actor), actor.supervisor())) {
            audit.record(actor.username(), "CLAIM_TASK", task.claimId(), taskKey, task.name());
            return;
        }
        QueueTask now = access.visible(taskKey, actor);
        if (!now.isOpen()) {
            throw new StaleTaskException(now.name(), "was already " + now.state().toLowerCase());
        }
        if (!actor.username().equals(now.assignee())) {
            throw new TaskClaimedException(now.name(), now.assignee(), access.nameOf(now.assignee()));
        }
    }

    /** Gives the task back to its team's queue. */
    public void unclaim(long taskKey, Actor actor) {
        QueueTask task = access.visible(taskKey, actor);
        if (!assignments.unclaim(taskKey, actor.username(), actor.supervisor())) {
            QueueTask now = access.visible(taskKey, actor);
            if (!now.isOpen()) {
                throw new StaleTaskException(now.name(), "was already " + now.state().toLowerCase());
            }
            if (now.assignee() != null) {
                throw new TaskClaimedException(now.name(), now.assignee(), access.nameOf(now.assignee()));
            }
            return; // nobody held it: it is in the queue already
        }
        audit.record(actor.username(), "UNCLAIM_TASK", task.claimId(), taskKey, task.name());
    }

    /** Supervisors: give tasks to a biller (or, with null, back to their queues). */
    public Assigned assign(List<Long> taskKeys, String assignee, Actor actor) {
        if (!actor.supervisor()) {
            throw new AccessDeniedException("Only supervisors assign tasks");
        }
        if (assignee != null && !users.hasRole(assignee, Role.BILLER) && !users.hasRole(assignee, Role.SUPERVISOR)) {
            throw new IllegalArgumentException("There is no biller or supervisor with user name " + assignee);
        }
        if (assignee != null) {
            for (long key : taskKeys) {
                QueueTask task = access.visible(key, actor);
                if (!access.mayWork(task.candidateGroups(), assignee)) {
                    throw new FourEyesException(access.nameOf(assignee) + " is not in " + String.join(" or ",
                            task.candidateGroups()) + ", who work \"" + task.name() + "\"; nothing was assigned.");
                }
            }
        }
        List<Long> moved = assignments.assign(taskKeys, assignee);
        List<Long> untouched = new ArrayList<>(taskKeys);
        untouched.removeAll(moved);
        for (long key : moved) {
            audit.record(actor.username(), "ASSIGN_TASK", access.visible(key, actor).claimId(), key,
                    assignee == null ? "back to the queue" : "to " + assignee);
        }
        return new Assigned(moved, untouched);
    }

    /** Sets a follow-up date: the task leaves the queues until then. */
    public void snooze(long taskKey, LocalDate until, Actor actor) {
        LocalDate today = calendar.today();
        if (until == null || !until.isAfter(today)) {
            throw new IllegalArgumentException("Choose a follow-up date after today");
        }
        if (until.isAfter(today.plusDays(90))) {
            throw new IllegalArgumentException("Choose a follow-up date within 90 days");
        }
        change(taskKey, actor, until, "SNOOZE_TASK", "until " + until);
    }

    /** Brings a snoozed task back now. */
    public void wake(long taskKey, Actor actor) {
        change(taskKey, actor, null, "WAKE_TASK", "back in the queue");
    }

    private void change(long taskKey, Actor actor, LocalDate until, String action, String detail) {
        QueueTask task = access.visible(taskKey, actor);
        var untilTime = until == null ? null : until.atStartOfDay(OfficeCalendar.ZONE).toOffsetDateTime();
        if (!assignments.snooze(taskKey, untilTime, actor.username(), access.teams(actor), actor.supervisor())) {
            if (!task.isOpen()) {
                throw new StaleTaskException(task.name(), "was already " + task.state().toLowerCase());
            }
            throw new TaskClaimedException(task.name(), task.assignee(), access.nameOf(task.assignee()));
        }
        audit.record(actor.username(), action, task.claimId(), taskKey, detail);
    }
}
