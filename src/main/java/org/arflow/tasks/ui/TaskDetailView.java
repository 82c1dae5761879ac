package org.arflow.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.arflow.security.UserDirectory;
import org.arflow.tasks.Actor;
import org.arflow.tasks.FourEyesException;
import org.arflow.tasks.InvalidOutcomeException;
import org.arflow.tasks.QueueTask;
import org.arflow.tasks.TaskNotHeldException;
import org.arflow.tasks.StaleTaskException;
import org.arflow.tasks.TaskAssignment;
import org.arflow.tasks.TaskClaimedException;
import org.arflow.tasks.TaskDetail;
import org.arflow.tasks.TaskNotFoundException;
import org.arflow.tasks.TaskWork;
import org.arflow.ui.MainLayout;

/** One task: its claim, what happened so far, and the form that completes it. /tasks/{task key} */
@Route(value = "tasks", layout = MainLayout.class)
@PageTitle("Task | arflow")
@RolesAllowed({"BILLER", "SUPERVISOR"})
public class TaskDetailView extends VerticalLayout implements HasUrlParameter<Long> {

    final Paragraph status = new Paragraph();
    final HorizontalLayout actions = new HorizontalLayout();
    OutcomeForm form;
    ClaimPanel claim;
    private final TaskWork work;
    private final TaskAssignment assignment;
    private final UserDirectory users;
    private final Actor actor;
    private long taskKey;

    public TaskDetailView(TaskWork work, TaskAssignment assignment, UserDirectory users, AuthenticationContext auth) {
        this.work = work;
        this.assignment = assignment;
        this.users = users;
        this.actor = CurrentActor.of(auth);
        status.addClassName("task-status");
    }

    @Override
    public void setParameter(BeforeEvent event, Long key) {
        taskKey = key;
        load();
    }

    void load() {
        removeAll();
        actions.removeAll();
        form = null;
        TaskDetail detail;
        try {
            detail = work.open(taskKey, actor);
        } catch (TaskNotFoundException e) {
            add(new H2("Task not found"), new Paragraph("Task " + taskKey + " is not in your queues. It may belong to "
                    + "another team, or the link is wrong."), new RouterLink("Back to the team queue", TeamQueueView.class));
            return;
        }
        QueueTask task = detail.task();
        var today = work.today();
        add(new H2(task.name() + (task.claimId() == null ? "" : " · " + task.claimId())));
        status.setText(statusText(detail, today));
        add(status, actions);
        addActions(task);
        claim = new ClaimPanel(detail, today);
        if (task.isOpen() && detail.form().isPresent() && mayWork(task)) {
            form = new OutcomeForm(detail.form().get(), this::complete);
            add(form);
        } else if (task.isOpen() && detail.form().isEmpty()) {
            add(new Paragraph("arflow has no form for this kind of task (" + task.form() + ") yet."));
        }
        add(claim);
    }

    private String statusText(TaskDetail d, java.time.LocalDate today) {
        QueueTask t = d.task();
        if (!t.isOpen()) {
            return "This task is closed (" + ("COMPLETED".equals(t.state()) ? "completed" : "withdrawn by its process")
                    + "). Nothing more to do here.";
        }
        String who = t.assignee() == null ? "Unclaimed, offered to " + String.join(", ", t.candidateGroups())
                : "Claimed by " + d.assigneeName() + " on " + Formats.dateTime(t.claimedAt());
        String snooze = t.snoozedUntil() == null ? "" : " · Snoozed until " + Formats.date(t.snoozedUntil());
        return who + " · Due " + Formats.dueText(t.dueAt(), today) + snooze;
    }

    private boolean mayWork(QueueTask task) {
        return actor.supervisor() || task.assignee() == null || actor.username().equals(task.assignee());
    }

    private void addActions(QueueTask task) {
        actions.add(new Button("Refresh", e -> load()));
        if (!task.isOpen()) {
            return;
        }
        if (task.assignee() == null) {
            actions.add(button("Claim", () -> assignment.claim(taskKey, actor), "Claimed. It is in My work."));
        } else if (actor.username().equals(task.assignee()) || actor.supervisor()) {
            actions.add(button("Give back", () -> assignment.unclaim(taskKey, actor), "Back in the team queue."));
        }
        if (mayWork(task)) {
            actions.add(new Button(task.snoozedUntil() == null ? "Snooze…" : "Change follow-up date…",
                    e -> new SnoozeDialog(work.today(), until -> {
                        assignment.snooze(taskKey, until, actor);
                        Notification.show("Snoozed until " + Formats.date(until) + ".");
                        load();
                    }).open()));
        }
        if (task.snoozedUntil() != null && mayWork(task)) {
            actions.add(button("Wake now", () -> assignment.wake(taskKey, actor), "Back in the queues."));
        }
        if (actor.supervisor()) {
            actions.add(new Button("Assign…", e -> new AssignDialog(users, assignment, actor, List.of(taskKey),
                    this::load).open()));
        }
    }

    private Button button(String label, Runnable action, String done) {
        Button button = new Button(label, e -> {
            try {
                action.run();
                Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (TaskClaimedException | StaleTaskException | FourEyesException ex) {
                error(ex.getMessage());
            }
            load();
        });
        button.addClassName("task-" + label.toLowerCase().replace(' ', '-'));
        return button;
    }

    void complete(Map<String, Object> values) {
        try {
            work.complete(taskKey, values, actor);
            Notification.show("Task completed. The claim moves on.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load();
        } catch (InvalidOutcomeException e) {
            form.showErrors(e.errors());
            if (e.errors().isEmpty()) {
                error(e.getMessage());
            }
        } catch (StaleTaskException | TaskClaimedException | TaskNotFoundException | TaskNotHeldException | FourEyesException e) {
            error(e.getMessage());
            load();
        }
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
