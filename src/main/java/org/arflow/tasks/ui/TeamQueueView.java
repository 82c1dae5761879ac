package org.arflow.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.arflow.security.UserDirectory;
import org.arflow.tasks.Actor;
import org.arflow.tasks.QueueFilter;
import org.arflow.tasks.QueueTask;
import org.arflow.tasks.SavedFilters;
import org.arflow.tasks.StaleTaskException;
import org.arflow.tasks.TaskAssignment;
import org.arflow.tasks.TaskClaimedException;
import org.arflow.tasks.TaskNotFoundException;
import org.arflow.tasks.WorkQueues;
import org.arflow.ui.MainLayout;

/** Unclaimed tasks of my teams, best first: filter, claim, open; supervisors assign several at once. */
@Route(value = "queue", layout = MainLayout.class)
@PageTitle("Team queue | arflow")
@Menu(title = "Team queue", order = 2)
@RolesAllowed({"BILLER", "SUPERVISOR"})
public class TeamQueueView extends VerticalLayout {

    final TaskGrid grid;
    final QueueFilterBar filters;
    final Paragraph summary = new Paragraph();
    final Button assign = new Button("Assign selected…");
    private final WorkQueues queues;
    private final TaskAssignment assignment;
    private final Actor actor;

    public TeamQueueView(WorkQueues queues, TaskAssignment assignment, SavedFilters savedFilters,
                         UserDirectory users, AuthenticationContext auth) {
        this.queues = queues;
        this.assignment = assignment;
        this.actor = CurrentActor.of(auth);
        setSizeFull();
        List<String> teams = queues.filterTeams(actor);
        grid = new TaskGrid(queues.calendar().today());
        grid.addComponentColumn(this::claimButton).setKey("claim").setHeader("").setAutoWidth(true).setFlexGrow(0);
        filters = new QueueFilterBar(queues.taskTypes(), queues.payerNames(), teams, f -> refresh());
        SavedFilterBar saved = new SavedFilterBar(savedFilters, actor, queues.teams(actor), filters::value, f -> {
            filters.show(f);
            refresh();
        });
        HorizontalLayout actions = new HorizontalLayout(saved);
        if (actor.supervisor()) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            assign.addClickListener(e -> new AssignDialog(users, assignment, actor,
                    grid.getSelectedItems().stream().map(QueueTask::taskKey).toList(), this::refresh).open());
            actions.add(assign);
        }
        actions.setAlignItems(Alignment.BASELINE);
        add(new H2("Team queue"), summary, filters, actions, grid);
        grid.sortByPriority();
        refresh();
    }

    void refresh() {
        QueueFilter filter = filters.value();
        grid.setItems(q -> queues.teamQueue(actor, filter, TaskGrid.sortOf(q.getSortOrders()), q.getOffset(),
                q.getLimit()).stream());
        boolean empty = queues.teamQueue(actor, filter, TaskGrid.sortOf(List.of()), 0, 1).isEmpty();
        String whose = actor.supervisor() ? "every team" : String.join(", ", queues.teams(actor));
        summary.setText(empty ? "No unclaimed tasks for " + whose + " match these filters. Clear a filter, or check My work."
                : "Unclaimed tasks of " + whose + ", highest priority first. Hover a score to see why.");
    }

    private Button claimButton(QueueTask task) {
        Button claim = new Button("Claim", e -> claim(task));
        claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        claim.addClassName("claim-task");
        return claim;
    }

    void claim(QueueTask task) {
        try {
            assignment.claim(task.taskKey(), actor);
            Notification.show("Claimed: " + task.name() + " for " + task.claimId() + ". It is in My work.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(TaskDetailView.class, task.taskKey()));
        } catch (TaskClaimedException | StaleTaskException | TaskNotFoundException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            refresh();
        }
    }
}
