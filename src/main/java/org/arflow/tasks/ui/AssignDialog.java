package org.arflow.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import org.arflow.security.Role;
import org.arflow.security.UserAccount;
import org.arflow.security.UserDirectory;
import org.arflow.tasks.Actor;
import org.arflow.tasks.FourEyesException;
import org.arflow.tasks.TaskAssignment;

/** Supervisors give one or many tasks to a biller, or back to their queues. */
class AssignDialog extends Dialog {

    static final UserAccount QUEUE = new UserAccount("", "Nobody: back to the team queue", true, java.util.Set.of(),
            List.of());
    final ComboBox<UserAccount> to = new ComboBox<>("Assign to");
    final Button ok = new Button("Assign");

    AssignDialog(UserDirectory users, TaskAssignment assignment, Actor actor, List<Long> taskKeys, Runnable done) {
        setHeaderTitle(taskKeys.size() == 1 ? "Assign 1 task" : "Assign " + taskKeys.size() + " tasks");
        List<UserAccount> people = new java.util.ArrayList<>(users.users().stream()
                .filter(u -> u.enabled() && (u.roles().contains(Role.BILLER) || u.roles().contains(Role.SUPERVISOR)))
                .toList());
        people.add(QUEUE);
        to.setItems(people);
        to.setItemLabelGenerator(u -> u == QUEUE ? u.displayName()
                : u.displayName() + " (" + String.join(", ", u.teams()) + ")");
        to.setWidthFull();
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setEnabled(!taskKeys.isEmpty());
        ok.addClickListener(e -> {
            if (to.getValue() == null) {
                to.setInvalid(true);
                to.setErrorMessage("Choose who gets the tasks");
                return;
            }
            String assignee = to.getValue() == QUEUE ? null : to.getValue().username();
            TaskAssignment.Assigned result;
            try {
                result = assignment.assign(taskKeys, assignee, actor);
            } catch (FourEyesException refused) {
                Notification.show(refused.getMessage(), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            Notification.show(result.assigned().size() + " assigned to " + to.getValue().displayName()
                    + (result.notAssigned().isEmpty() ? "" : "; " + result.notAssigned().size()
                    + " not changed (closed meanwhile, or already theirs)"));
            close();
            done.run();
        });
        add(taskKeys.isEmpty() ? new Paragraph("Select tasks in the queue first.") : to);
        getFooter().add(new Button("Cancel", e -> close()), ok);
    }
}
