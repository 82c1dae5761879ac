package org.arflow.design.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import org.arflow.design.CatalogEntry;
import org.arflow.design.ProcessCatalog;
import org.arflow.ui.bpmn.BpmnViewer;

/** The diagram of a process version in the browser (bpmn-js viewer); decisions open in Camunda Modeler. */
final class DiagramPanel {

    private DiagramPanel() {
    }

    static Component of(CatalogEntry entry, ProcessCatalog catalog) {
        if (!entry.isProcess()) {
            return new Paragraph("Decision tables open in Camunda Modeler (download above).");
        }
        BpmnViewer viewer = new BpmnViewer();
        viewer.setId("version-diagram");
        viewer.setXml(new String(catalog.file(entry.kind(), entry.id(), entry.version()), StandardCharsets.UTF_8));
        return viewer;
    }
}
