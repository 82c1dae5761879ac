package org.arflow.design.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import org.arflow.design.CatalogEntry;
import org.arflow.design.ProcessCatalog;

/** The diagram of a version in the browser (bpmn-js viewer when present); else a pointer to the download. */
final class DiagramPanel {

    private DiagramPanel() {
    }

    static Component of(CatalogEntry entry, ProcessCatalog catalog) {
        return new Paragraph(entry.isProcess()
                ? "Download the file above to see the diagram in Camunda Modeler."
                : "Decision tables open in Camunda Modeler (download above).");
    }
}
