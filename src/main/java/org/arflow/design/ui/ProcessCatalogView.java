package org.arflow.design.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.arflow.engine.DeploymentLog;
import org.arflow.ui.MainLayout;

/** The processes the engine runs, by version, for analysts (and supervisors, read-only). */
@Route(value = "processes", layout = MainLayout.class)
@PageTitle("Processes | arflow")
@Menu(title = "Processes", order = 50)
@RolesAllowed({"ANALYST", "SUPERVISOR"})
public class ProcessCatalogView extends VerticalLayout {

    public ProcessCatalogView(DeploymentLog deployments) {
        setSizeFull();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        Grid<DeploymentLog.Entry> grid = new Grid<>(DeploymentLog.Entry.class, false);
        grid.addColumn(DeploymentLog.Entry::processId).setHeader("Process").setAutoWidth(true);
        grid.addColumn(DeploymentLog.Entry::version).setHeader("Version");
        grid.addColumn(DeploymentLog.Entry::resourceName).setHeader("File").setAutoWidth(true);
        grid.addColumn(DeploymentLog.Entry::deployedBy).setHeader("Deployed by");
        grid.addColumn(e -> when.format(e.firstDeployedAt())).setHeader("First deployed");
        grid.addColumn(e -> when.format(e.lastDeployedAt())).setHeader("Last deployed");
        grid.setItems(deployments.entries());
        add(new H2("Processes"), grid);
    }
}
