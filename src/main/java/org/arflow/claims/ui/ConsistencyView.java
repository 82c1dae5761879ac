package org.arflow.claims.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.arflow.claims.FollowUpConsistency;
import org.arflow.ui.MainLayout;
import org.springframework.security.core.context.SecurityContextHolder;

/** Admins compare open claims with the follow-ups the engine runs, and mend what does not match. */
@Route(value = "admin/consistency", layout = MainLayout.class)
@PageTitle("Consistency | arflow")
@Menu(title = "Consistency", order = 95)
@RolesAllowed("ADMIN")
public class ConsistencyView extends VerticalLayout {

    private final FollowUpConsistency consistency;
    private final Paragraph summary = new Paragraph();
    private final Grid<String> claims = new Grid<>();
    private final Grid<Long> instances = new Grid<>();

    public ConsistencyView(FollowUpConsistency consistency) {
        this.consistency = consistency;
        setSizeFull();
        summary.setId("consistency-summary");
        claims.addColumn(id -> id).setHeader("Open claim without a running follow-up");
        claims.addComponentColumn(id -> new Button("Resume", e -> act(() -> consistency.resume(id, admin()),
                "Follow-up of " + id + " resumed at its stage")));
        instances.addColumn(key -> key).setHeader("Running follow-up without an open claim (instance key)");
        instances.addComponentColumn(key -> {
            Button cancel = new Button("Cancel instance", e -> act(() -> consistency.cancel(key, admin()),
                    "Instance " + key + " cancelled"));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            return cancel;
        });
        add(new H2("Claims and running follow-ups"), summary, new Button("Check again", e -> refresh()),
                new H3("Claims without a follow-up"), claims, new H3("Follow-ups without a claim"), instances);
        refresh();
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done);
        } catch (RuntimeException e) {
            Notification.show(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        FollowUpConsistency.Report report = consistency.check();
        summary.setText(report.openClaims() + " open claims, " + report.runningInstances() + " running follow-ups: "
                + (report.consistent() ? "every open claim has one, and every follow-up belongs to a claim."
                : report.claimsWithoutInstance().size() + " claims without a follow-up, "
                        + report.instancesWithoutClaim().size() + " follow-ups without a claim."));
        claims.setItems(report.claimsWithoutInstance());
        instances.setItems(report.instancesWithoutClaim());
    }

    private static String admin() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
