package org.arflow.insights.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.arflow.incidents.Incident;
import org.arflow.incidents.Incidents;
import org.arflow.insights.Csv;
import org.arflow.insights.Insights;
import org.arflow.insights.InsightsFilter;
import org.arflow.payers.Payer;
import org.arflow.payers.PayerService;
import org.arflow.security.UserDirectory;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.arflow.ui.MainLayout;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Jobs whose retries ran out: what failed and why, on which claim; retry once the cause is fixed. Filtered by
 * the day they failed and by their claim's payer or team, like the dashboard.
 */
@Route(value = "incidents", layout = MainLayout.class)
@PageTitle("Incidents | arflow")
@Menu(title = "Incidents", order = 1)
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class IncidentsView extends VerticalLayout {

    private final transient Incidents incidents;
    private final transient Insights insights;
    final DatePicker from = new DatePicker("Failed from");
    final DatePicker to = new DatePicker("to");
    final ComboBox<String> payer = new ComboBox<>("Payer");
    final ComboBox<String> team = new ComboBox<>("Team");
    final Grid<Incident> grid = new Grid<>(Incident.class, false);
    private final Paragraph summary = new Paragraph();

    public IncidentsView(Incidents incidents, Insights insights, PayerService payers, UserDirectory users) {
        this.incidents = incidents;
        this.insights = insights;
        payer.setItems(payers.all().stream().map(Payer::name).toList());
        payer.setClearButtonVisible(true);
        team.setItems(users.allTeams());
        team.setClearButtonVisible(true);
        HorizontalLayout filters = new HorizontalLayout(from, to, payer, team, new Button("Show", e -> refresh()));
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        grid.addColumn(i -> i.failedAt().toLocalDateTime().withNano(0).toString().replace('T', ' ')).setHeader("Failed at")
                .setAutoWidth(true);
        grid.addColumn(Incident::jobType).setHeader("Step (job type)").setAutoWidth(true);
        grid.addColumn(i -> i.claimId() == null ? "" : i.claimId()).setHeader("Claim").setAutoWidth(true);
        grid.addColumn(Incident::errorMessage).setHeader("Error").setFlexGrow(3);
        grid.addColumn(Incident::retriesLeft).setHeader("Retries left").setAutoWidth(true);
        grid.addColumn(Incident::failures).setHeader("Failures").setAutoWidth(true);
        grid.addComponentColumn(i -> new Button("Retry", e -> retry(i))).setHeader("After a fix").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H2("Incidents"), new Paragraph("A step that failed on every retry stops its claim here. Fix the cause "
                + "(e.g. the data or the system it needs), then retry: the step runs again with fresh retries."), filters,
                summary, grid, CsvLink.of("incidents.csv", () -> Csv.incidents(insights.incidents(filter()))));
        refresh();
    }

    private void retry(Incident incident) {
        String user = SecurityContextHolder.getContext().getAuthentication().getName();
        boolean retried = incidents.retry(incident.jobKey(), user);
        Notification.show(retried ? "Retrying " + incident.jobType() + (incident.claimId() == null ? "" : " for claim "
                + incident.claimId()) + "." : "This incident was retried already.");
        refresh();
    }

    InsightsFilter filter() {
        return new InsightsFilter(from.getValue(), to.getValue(), payer.getValue(), team.getValue());
    }

    private void refresh() {
        var open = insights.incidents(filter());
        summary.setText(open.isEmpty() ? "No open incidents." : open.size() + " open incident(s).");
        grid.setItems(open);
    }
}
