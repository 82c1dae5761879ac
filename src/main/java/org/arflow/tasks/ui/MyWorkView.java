package org.arflow.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.arflow.tasks.Actor;
import org.arflow.tasks.QueueFilter;
import org.arflow.tasks.QueueTask;
import org.arflow.tasks.TaskAssignment;
import org.arflow.tasks.WorkQueues;
import org.arflow.ui.MainLayout;

/** The tasks I hold, best first; a biller's start page. */
@Route(value = "my-work", layout = MainLayout.class)
@PageTitle("My work | arflow")
@Menu(title = "My work", order = 1)
@RolesAllowed({"BILLER", "SUPERVISOR"})
public class MyWorkView extends VerticalLayout {

    final TaskGrid grid;
    final Checkbox withSnoozed = new Checkbox("Show snoozed tasks");
    final Div empty = new Div();
    private final WorkQueues queues;
    private final TaskAssignment assignment;
    private final Actor actor;

    public MyWorkView(WorkQueues queues, TaskAssignment assignment, AuthenticationContext auth) {
        this.queues = queues;
        this.assignment = assignment;
        this.actor = CurrentActor.of(auth);
        setSizeFull();
        grid = new TaskGrid(queues.calendar().today());
        grid.addColumn(t -> t.snoozedUntil() == null ? "" : "Snoozed until " + Formats.date(t.snoozedUntil()))
                .setHeader("Follow-up").setAutoWidth(true);
        grid.addComponentColumn(this::giveBackButton).setKey("give-back").setHeader("").setAutoWidth(true).setFlexGrow(0);
        empty.add(new Paragraph("Nothing is assigned to you. Take the next task from your team's queue."),
                new RouterLink("Open the team queue", TeamQueueView.class));
        withSnoozed.addValueChangeListener(e -> refresh());
        add(new H2("My work"), withSnoozed, empty, grid);
        grid.sortByPriority();
        refresh();
    }

    void refresh() {
        boolean snoozed = withSnoozed.getValue();
        grid.setItems(q -> queues.myWork(actor, snoozed, QueueFilter.none(), TaskGrid.sortOf(q.getSortOrders()),
                q.getOffset(), q.getLimit()).stream());
        boolean nothing = queues.myWork(actor, snoozed, QueueFilter.none(), TaskGrid.sortOf(List.of()), 0, 1).isEmpty();
        empty.setVisible(nothing);
        grid.setVisible(!nothing);
    }

    private Button giveBackButton(QueueTask task) {
        Button back = new Button("Give back", e -> {
            try {
                assignment.unclaim(task.taskKey(), actor);
                Notification.show(task.name() + " for " + task.claimId() + " is back in the team queue.");
            } catch (RuntimeException ex) {
                Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        back.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return back;
    }
}
