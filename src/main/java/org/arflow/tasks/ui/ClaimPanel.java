package org.arflow.tasks.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.arflow.claims.AdjustmentReasons;
import org.arflow.claims.Claim;
import org.arflow.claims.ClaimEvent;
import org.arflow.claims.ClaimRemittance;
import org.arflow.tasks.QueueTask;
import org.arflow.tasks.TaskDetail;

/** The claim behind a task: money, deadlines, where it stands, why it needs a person, remittances, timeline. */
class ClaimPanel extends VerticalLayout {

    private static final Map<String, String> CLAIM_STATUS = Map.of("1", "Processed as primary", "2",
            "Processed as secondary", "3", "Processed as tertiary", "4", "Denied", "22",
            "Reversal of a previous payment", "23", "Not our claim (forwarded)");

    final Span stage = new Span();

    ClaimPanel(TaskDetail detail, LocalDate today) {
        setPadding(false);
        Claim claim = detail.claim().orElse(null);
        if (claim == null) {
            add(new Paragraph("This task has no claim in arflow."));
            return;
        }
        stage.setText(claim.stage().label());
        stage.addClassName("claim-stage");
        org.arflow.ui.Badge.style(stage, org.arflow.ui.Badge.Tone.PRIMARY);
        add(new Div(new Span(claim.payerName() + " · patient " + claim.patientName() + " · date of service "
                + Formats.date(claim.serviceFrom()) + " · "), stage));
        add(facts("Billed " + Formats.money(claim.billedAmount()), "Paid " + Formats.money(claim.paidAmount()),
                "Patient owes " + Formats.money(claim.patientResponsibility()),
                "Adjusted " + Formats.money(claim.adjustedAmount()), "Balance " + Formats.money(claim.balance())));
        add(facts(deadline("Timely filing by", claim.timelyFilingDeadline(), today),
                deadline("Appeal by", claim.appealDeadline(), today),
                "TOP".equals(claim.priority()) ? "Top priority" : "Normal priority"));
        add(whereItStands(detail));
        add(new H3("Priority " + detail.score().total() + " of 100"), list(detail.score().reasons()));
        add(new H3("Remittances"));
        if (detail.remittances().isEmpty()) {
            add(new Paragraph("No remittance posted for this claim yet."));
        }
        detail.remittances().forEach(r -> add(remittance(r)));
        add(new H3("Timeline"), timeline(detail));
    }

    private Div whereItStands(TaskDetail detail) {
        Div where = new Div(new H3("Where the claim stands"));
        Object reason = detail.variables().get("routeReason");
        Object denial = detail.variables().get("denialReasonText");
        if (reason != null) {
            where.add(new Paragraph("Why this step: " + reason));
        }
        if (denial != null) {
            where.add(new Paragraph("Denial reason: " + denial));
        }
        UnorderedList steps = new UnorderedList(new ListItem(detail.task().name() + " (this task)"));
        for (QueueTask other : detail.claimTasks()) {
            steps.add(new ListItem(other.name() + (other.assignee() == null ? ", unclaimed" : ", held by " + other.assignee())));
        }
        where.add(new Paragraph("Open steps:"), steps);
        return where;
    }

    private static Div remittance(ClaimRemittance r) {
        Div box = new Div(new Paragraph("Received " + Formats.date(r.receivedOn()) + " · "
                + CLAIM_STATUS.getOrDefault(r.statusCode(), "Status " + r.statusCode()) + " · charge "
                + Formats.money(r.charge()) + " · paid " + Formats.money(r.paid()) + " · patient "
                + Formats.money(r.patientResponsibilityOrZero()) + " · ref " + r.reference()));
        UnorderedList lines = new UnorderedList();
        r.adjustmentsOrEmpty().forEach(a -> lines.add(new ListItem(a.group() + "-" + a.reason() + " "
                + Formats.money(a.amount()) + ": " + AdjustmentReasons.describe(a.reason()) + " ("
                + AdjustmentReasons.describeGroup(a.group()) + ")")));
        r.remarkCodesOrEmpty().forEach(code -> lines.add(new ListItem(AdjustmentReasons.describeRemark(code))));
        box.add(lines);
        box.addClassName("remittance");
        return box;
    }

    private static Grid<ClaimEvent> timeline(TaskDetail detail) {
        Grid<ClaimEvent> grid = new Grid<>(ClaimEvent.class, false);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ClaimEvent::description).setHeader("What happened").setFlexGrow(1);
        grid.addColumn(ClaimEvent::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(detail.timeline().reversed());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private static String deadline(String name, LocalDate date, LocalDate today) {
        if (date == null) {
            return name + " " + Formats.NONE;
        }
        long left = ChronoUnit.DAYS.between(today, date);
        return name + " " + Formats.date(date) + (left < 0 ? " (passed)" : " (" + left + " days left)");
    }

    private static Div facts(String... facts) {
        return new Div(new Span(String.join(" · ", facts)));
    }

    private static UnorderedList list(java.util.List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(i -> list.add(new ListItem(i)));
        return list;
    }
}
