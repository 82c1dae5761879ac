package org.arflow.insights.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.text.NumberFormat;
import java.util.Locale;
import org.arflow.claims.Claim;
import org.arflow.claims.ClaimEvent;
import org.arflow.claims.ClaimService;
import org.arflow.claims.OpenTaskLookup;

/** A claim opened from the heatmap: its facts, open tasks (with a link for those who work tasks) and timeline. */
final class ClaimDialog extends Dialog {

    ClaimDialog(Claim claim, ClaimService claims, OpenTaskLookup tasks) {
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.US);
        setHeaderTitle("Claim " + claim.claimId());
        add(new Paragraph(claim.payerName() + " · billed " + money.format(claim.billedAmount()) + " · balance "
                + money.format(claim.balance()) + " · " + claim.stage().label() + " · date of service "
                + claim.serviceFrom()));
        for (OpenTaskLookup.OpenTask task : tasks.openTasks(claim.claimId())) {
            add(new Paragraph(new Anchor("tasks/" + task.taskKey(), "Open task: " + task.name())));
        }
        Grid<ClaimEvent> timeline = new Grid<>(ClaimEvent.class, false);
        timeline.addColumn(ClaimEvent::occurredAt).setHeader("When").setAutoWidth(true);
        timeline.addColumn(ClaimEvent::description).setHeader("What happened").setFlexGrow(1);
        timeline.addColumn(ClaimEvent::actor).setHeader("Who").setAutoWidth(true);
        timeline.setItems(claims.timeline(claim.claimId()));
        timeline.setWidth("760px");
        timeline.setAllRowsVisible(true);
        add(timeline);
        getFooter().add(new Button("Close", e -> close()));
        addClassName("heatmap-claim");
    }
}
