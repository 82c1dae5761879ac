package org.arflow.insights.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.arflow.claims.ClaimService;
import org.arflow.claims.OpenTaskLookup;
import org.arflow.engine.ElementVisits.ProcessVersion;
import org.arflow.insights.Csv;
import org.arflow.insights.ElementHeat;
import org.arflow.insights.Heatmap;
import org.arflow.insights.InsightsFilter;
import org.arflow.insights.WaitingClaim;
import org.arflow.payers.Payer;
import org.arflow.payers.PayerService;
import org.arflow.security.AuditLog;
import org.arflow.ui.MainLayout;
import org.arflow.ui.bpmn.BpmnViewer;
import org.arflow.ui.bpmn.ElementOverlay;

/**
 * Where claims wait and how long they stay: a process version's diagram with, on each element, the claims
 * there now and the mean / p90 time spent there, coloured from quick to the slowest. Click an element for
 * the claims waiting there; open one.
 */
@Route(value = "heatmap", layout = MainLayout.class)
@PageTitle("Process heatmap | arflow")
@Menu(title = "Process heatmap", order = 5)
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class HeatmapView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("America/New_York"));

    private final transient Heatmap heatmap;
    private final transient ClaimService claims;
    private final transient OpenTaskLookup tasks;
    private final transient AuditLog audit;
    private final String user;
    private final ComboBox<ProcessVersion> version = new ComboBox<>("Process version");
    private final DatePicker from = new DatePicker("Entered from");
    private final DatePicker to = new DatePicker("to");
    private final ComboBox<String> payer = new ComboBox<>("Payer");
    private final ComboBox<String> team = new ComboBox<>("Team");
    private final BpmnViewer diagram = new BpmnViewer();
    private final Grid<ElementHeat> elements = new Grid<>(ElementHeat.class, false);
    private final H3 waitingTitle = new H3();
    private final Grid<WaitingClaim> waiting = new Grid<>(WaitingClaim.class, false);
    private final HorizontalLayout exports = new HorizontalLayout();
    private ProcessVersion shown;
    private String element;

    public HeatmapView(Heatmap heatmap, ClaimService claims, OpenTaskLookup tasks, PayerService payers,
                       AuditLog audit, AuthenticationContext auth) {
        this.heatmap = heatmap;
        this.claims = claims;
        this.tasks = tasks;
        this.audit = audit;
        this.user = auth.getPrincipalName().orElse("");
        version.setItems(heatmap.versions());
        version.setItemLabelGenerator(v -> v.processId() + " v" + v.version());
        heatmap.defaultVersion().ifPresent(version::setValue);
        List<Payer> all = payers.all();
        payer.setItems(all.stream().map(Payer::name).sorted().toList());
        team.setItems(all.stream().map(Payer::billingTeam).filter(Objects::nonNull).distinct().sorted().toList());
        payer.setClearButtonVisible(true);
        team.setClearButtonVisible(true);
        Button show = new Button("Show", e -> refresh());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(version, from, to, payer, team, show);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        diagram.setHeight("75vh"); // the follow-up is a large diagram: room for its overlays (the wheel zooms)
        diagram.addElementClickListener(this::showWaiting);
        configureGrids();
        add(new H2("Where claims wait in the process"), filters, diagram,
                new Paragraph("On each element: claims there now, mean and 90th percentile time spent there "
                        + "(engine clock); colour from quick (green) to the slowest element (red). "
                        + "Click an element for the claims waiting there; the mouse wheel zooms, dragging moves."),
                new H3("Elements, slowest first"), elements, exports, waitingTitle, waiting);
    }

    /** ?process=&version=&payer=&team= preselect (a link to a filtered heatmap). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        first(q, "process").flatMap(p -> heatmap.version(p, first(q, "version").filter(s -> s.matches("\\d{1,6}")).map(Integer::valueOf).orElse(null)))
                .ifPresent(version::setValue);
        first(q, "payer").ifPresent(payer::setValue);
        first(q, "team").ifPresent(team::setValue);
        refresh();
    }

    private static java.util.Optional<String> first(Map<String, List<String>> q, String name) {
        return q.getOrDefault(name, List.of()).stream().filter(s -> !s.isBlank()).findFirst();
    }

    private void configureGrids() {
        elements.addColumn(ElementHeat::name).setHeader("Element").setFlexGrow(1);
        elements.addColumn(ElementHeat::waiting).setHeader("Waiting now").setAutoWidth(true);
        elements.addColumn(ElementHeat::left).setHeader("Left").setAutoWidth(true);
        elements.addColumn(h -> Durations.of(h.meanSeconds())).setHeader("Mean time").setAutoWidth(true);
        elements.addColumn(h -> Durations.of(h.p90Seconds())).setHeader("p90 time").setAutoWidth(true);
        elements.setAllRowsVisible(true);
        elements.addItemClickListener(e -> showWaiting(e.getItem().elementId()));
        NumberFormat money = NumberFormat.getCurrencyInstance(java.util.Locale.US);
        waiting.addComponentColumn(w -> w.claimId() == null ? new Paragraph("(no claim)")
                : new Button(w.claimId(), e -> open(w.claimId()))).setHeader("Claim").setAutoWidth(true);
        waiting.addColumn(WaitingClaim::payer).setHeader("Payer").setAutoWidth(true);
        waiting.addColumn(w -> w.billed() == null ? "" : money.format(w.billed())).setHeader("Billed");
        waiting.addColumn(w -> w.balance() == null ? "" : money.format(w.balance())).setHeader("Balance");
        waiting.addColumn(w -> SINCE.format(w.since())).setHeader("Waiting since").setAutoWidth(true);
        waiting.setAllRowsVisible(true);
        waiting.setVisible(false);
    }

    InsightsFilter filter() {
        return new InsightsFilter(from.getValue(), to.getValue(), payer.getValue(), team.getValue());
    }

    private void refresh() {
        ProcessVersion v = version.getValue();
        if (v == null) {
            waitingTitle.setText("No process deployed yet.");
            return;
        }
        if (!v.equals(shown)) {
            heatmap.bpmnXml(v).ifPresent(diagram::setXml);
            shown = v;
            element = null;
        }
        InsightsFilter f = filter();
        List<ElementHeat> heat = heatmap.elements(v, f);
        Map<String, ElementOverlay> overlays = new LinkedHashMap<>();
        heat.stream().filter(ElementHeat::shown).forEach(h -> overlays.put(h.elementId(), new ElementOverlay(
                h.waiting() + " waiting" + (h.meanSeconds() == null ? ""
                        : "\nmean " + Durations.of(h.meanSeconds()) + " · p90 " + Durations.of(h.p90Seconds())),
                h.colour())));
        diagram.setOverlays(overlays);
        elements.setItems(heat);
        exports.removeAll();
        exports.add(CsvLink.of("heatmap-" + v.processId() + "-v" + v.version() + ".csv",
                () -> Csv.heatmap(heatmap.elements(v, f))));
        if (element != null) {
            showWaiting(element);
        } else {
            waitingTitle.setText("");
            waiting.setVisible(false);
        }
    }

    private void showWaiting(String elementId) {
        element = elementId;
        ProcessVersion v = shown;
        InsightsFilter f = filter();
        List<WaitingClaim> rows = heatmap.waiting(v, elementId, f);
        String name = heatmap.elements(v, f).stream().filter(h -> h.elementId().equals(elementId))
                .map(ElementHeat::name).findFirst().orElse(elementId);
        waitingTitle.setText("Waiting at " + name + ": " + rows.size());
        waiting.setItems(rows);
        waiting.setVisible(true);
        exports.removeAll();
        exports.add(CsvLink.of("heatmap-" + v.processId() + "-v" + v.version() + ".csv",
                        () -> Csv.heatmap(heatmap.elements(v, f))),
                CsvLink.of("waiting-" + elementId + ".csv", () -> Csv.waiting(heatmap.waiting(v, elementId, f))));
    }

    private void open(String claimId) {
        claims.find(claimId).ifPresent(c -> {
            audit.record(user, "VIEW_CLAIM", claimId, null, "process heatmap");
            new ClaimDialog(c, claims, tasks).open();
        });
    }
}
