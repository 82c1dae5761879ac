package org.arflow.design.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.arflow.design.MigrationPreview;

/** The preview of moving this version's running claims to the latest version (what maps, what does not). */
final class MigrationPanel {

    private MigrationPanel() {
    }

    static Details of(MigrationPreview p, String answer) {
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new Paragraph(p.runningClaims() + " open claims run on version " + p.fromVersion()
                + (p.someClaims().isEmpty() ? "" : " (e.g. " + String.join(", ", p.someClaims()) + ")") + "."));
        body.add(new Paragraph(p.mappings().size() + " elements map onto the same element of version " + p.toVersion()
                + "."));
        body.add(new Paragraph(p.withoutCounterpart().isEmpty()
                ? "Every element has a counterpart in version " + p.toVersion() + "."
                : "No counterpart in version " + p.toVersion() + " (claims waiting there cannot be moved): "
                + String.join(", ", p.withoutCounterpart())));
        body.add(new Paragraph(answer));
        Details details = new Details("Preview: move running claims to version " + p.toVersion(), body);
        details.setId("migration-preview");
        return details;
    }
}
