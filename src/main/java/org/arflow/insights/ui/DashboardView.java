package org.arflow.insights.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;
import org.arflow.claims.AgingRow;
import org.arflow.insights.Csv;
import org.arflow.insights.Insights;
import org.arflow.insights.InsightsFilter;
import org.arflow.payers.Payer;
import org.arflow.payers.PayerService;
import org.arflow.tasks.ProductivityRow;
import org.arflow.tasks.QueueRow;
import org.arflow.ui.MainLayout;

/** The supervisor's start page: AR aging and KPIs, the queues and who completed what; each table exports to CSV. */
@Route(value = "overview", layout = MainLayout.class)
@PageTitle("Dashboard | arflow")
@Menu(title = "Dashboard", order = 0)
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class DashboardView extends VerticalLayout {

    private static final NumberFormat MONEY = NumberFormat.getCurrencyInstance(Locale.US);

    private final transient Insights insights;
    private final DatePicker from = new DatePicker("Date of service / task date from");
    private final DatePicker to = new DatePicker("to");
    private final ComboBox<String> payer = new ComboBox<>("Payer");
    private final ComboBox<String> team = new ComboBox<>("Team");
    private final VerticalLayout content = new VerticalLayout();

    public DashboardView(Insights insights, PayerService payers, org.arflow.security.UserDirectory users) {
        this.insights = insights;
        from.setWidth("17em"); // the label names both kinds of date
        payer.setItems(payers.all().stream().map(Payer::name).toList());
        payer.setClearButtonVisible(true);
        team.setItems(users.allTeams()); // from the team list, not by aggregating every task
        team.setClearButtonVisible(true);
        Button apply = new Button("Show", e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(from, to, payer, team, apply);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        content.setPadding(false);
        add(new H2("Where claims stand and what it costs"), filters, content);
        refresh();
    }

    InsightsFilter filter() {
        return new InsightsFilter(from.getValue(), to.getValue(), payer.getValue(), team.getValue());
    }

    private void refresh() {
        InsightsFilter f = filter();
        content.removeAll();
        var aging = insights.aging(f);
        var queues = insights.queues(f);
        var done = insights.productivity(f);
        long incidents = insights.openIncidents();
        Anchor incidentLink = new Anchor("incidents", incidents + (incidents == 1 ? " open incident" : " open incidents"));
        incidentLink.addClassName("incident-count");
        if (incidents > 0) {
            incidentLink.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "bold");
        }
        var trend = insights.trend(f);
        content.add(incidentLink, new H3("Key figures"), new KpiCards(insights.kpis(f)),
                new H3("AR aging (days since the date of service)"), new AgingChart(aging), agingGrid(aging),
                CsvLink.of("ar-aging.csv", () -> Csv.aging(insights.aging(f))),
                new H3("Queues"), queueGrid(queues), CsvLink.of("queues.csv", () -> Csv.queues(insights.queues(f))),
                new H3("Open tasks per day"), new TrendChart(trend),
                CsvLink.of("queue-trend.csv", () -> Csv.trend(insights.trend(f))),
                new H3("Completed tasks per person and day"), productivityGrid(done),
                CsvLink.of("productivity.csv", () -> Csv.productivity(insights.productivity(f))));
    }

    private static Grid<AgingRow> agingGrid(java.util.List<AgingRow> rows) {
        Grid<AgingRow> grid = new Grid<>(AgingRow.class, false);
        grid.addColumn(AgingRow::payer).setHeader("Payer");
        grid.addColumn(AgingRow::bucketLabel).setHeader("Days");
        grid.addColumn(AgingRow::claims).setHeader("Claims");
        grid.addColumn(r -> MONEY.format(r.balance())).setHeader("Open balance");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Grid<QueueRow> queueGrid(java.util.List<QueueRow> rows) {
        Grid<QueueRow> grid = new Grid<>(QueueRow.class, false);
        grid.addColumn(QueueRow::taskType).setHeader("Task");
        grid.addColumn(QueueRow::team).setHeader("Team");
        grid.addColumn(QueueRow::open).setHeader("Open");
        grid.addColumn(r -> MONEY.format(r.balance())).setHeader("Dollars");
        grid.addColumn(r -> r.oldest() == null ? "" : r.oldest().toLocalDate().toString()).setHeader("Oldest");
        grid.addColumn(QueueRow::pastDue).setHeader("Past due");
        grid.addColumn(r -> human(r.medianWait())).setHeader("Median wait before claim");
        grid.addColumn(r -> human(r.medianHandling())).setHeader("Median handling time");
        grid.getColumns().forEach(c -> c.setAutoWidth(true)); // task and team names in full
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Grid<ProductivityRow> productivityGrid(java.util.List<ProductivityRow> rows) {
        Grid<ProductivityRow> grid = new Grid<>(ProductivityRow.class, false);
        grid.addColumn(ProductivityRow::day).setHeader("Day");
        grid.addColumn(ProductivityRow::user).setHeader("Who");
        grid.addColumn(ProductivityRow::taskType).setHeader("Task");
        grid.addColumn(ProductivityRow::outcome).setHeader("Outcome");
        grid.addColumn(ProductivityRow::completed).setHeader("Completed");
        grid.setItems(rows);
        // a month of a big office is thousands of rows: the grid scrolls and renders only what is in view
        if (rows.size() > 15) {
            grid.setHeight("480px");
        } else {
            grid.setAllRowsVisible(true);
        }
        return grid;
    }

    static String human(Duration d) {
        if (d == null) {
            return "";
        }
        return d.toHours() >= 24 ? d.toDays() + " d " + d.toHoursPart() + " h" : d.toHours() + " h " + d.toMinutesPart() + " min";
    }
}
