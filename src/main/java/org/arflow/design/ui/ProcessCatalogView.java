package org.arflow.design.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.arflow.design.CatalogEntry;
import org.arflow.design.Draft;
import org.arflow.design.Drafts;
import org.arflow.design.MigrationPlanner;
import org.arflow.design.SafeDeploy;
import org.arflow.design.ProcessCatalog;
import org.arflow.ui.MainLayout;

/**
 * Every process and decision by version, with the open claims on each version, who deployed it, when
 * and why; any version's file for Camunda Modeler; the live versions as a zip. Analysts also start
 * drafts here (from a version or an uploaded file); supervisors only read.
 */
@Route(value = "processes", layout = MainLayout.class)
@PageTitle("Processes | arflow")
@Menu(title = "Processes", order = 50)
@RolesAllowed({"ANALYST", "SUPERVISOR"})
public class ProcessCatalogView extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient ProcessCatalog catalog;
    private final transient Drafts drafts;
    private final transient MigrationPlanner migrations;
    private final transient SafeDeploy deploy;
    private final boolean analyst;
    private final String user;
    private final Grid<CatalogEntry> versions = new Grid<>(CatalogEntry.class, false);
    private final Grid<Draft> draftGrid = new Grid<>(Draft.class, false);
    private final Div selected = new Div();

    public ProcessCatalogView(ProcessCatalog catalog, Drafts drafts, MigrationPlanner migrations, SafeDeploy deploy,
                              AuthenticationContext auth) {
        this.migrations = migrations;
        this.deploy = deploy;
        this.catalog = catalog;
        this.drafts = drafts;
        this.analyst = auth.hasRole("ANALYST");
        this.user = auth.getPrincipalName().orElse("unknown");
        // the page grows and scrolls: with many versions and drafts, neither grid may squeeze the other away
        setWidthFull();
        versions.setHeight("22rem");
        versions.addColumn(e -> e.isProcess() ? "Process" : "Decision").setHeader("Kind").setAutoWidth(true);
        versions.addColumn(CatalogEntry::id).setHeader("Id").setAutoWidth(true);
        versions.addColumn(CatalogEntry::version).setHeader("Version").setAutoWidth(true);
        versions.addColumn(e -> e.latest() ? "latest" : "").setHeader("Live").setAutoWidth(true);
        versions.addColumn(e -> e.openClaims() == null ? "" : String.valueOf(e.openClaims())).setHeader("Open claims")
                .setAutoWidth(true);
        versions.addColumn(CatalogEntry::resourceName).setHeader("File").setAutoWidth(true);
        versions.addColumn(CatalogEntry::deployedBy).setHeader("Deployed by").setAutoWidth(true);
        versions.addColumn(e -> e.deployedAt() == null ? "" : WHEN.format(e.deployedAt())).setHeader("Deployed");
        versions.addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader("Why").setFlexGrow(2);
        versions.setItems(catalog.entries());
        versions.addSelectionListener(s -> s.getFirstSelectedItem().ifPresentOrElse(this::show, selected::removeAll));

        add(new H2("Processes"), new Paragraph("Every process and decision the engine runs, by version. Running claims "
                        + "stay on the version they started on; new claims take the latest."),
                new HorizontalLayout(Downloads.link("Export live versions (zip, as in bpmn/)", "arflow-bpmn.zip",
                        "application/zip", catalog::exportLatest)), versions, selected);
        if (analyst) {
            add(draftsSection());
        }
    }

    private void show(CatalogEntry entry) {
        selected.removeAll();
        String ext = entry.isProcess() ? ".bpmn" : ".dmn";
        HorizontalLayout actions = new HorizontalLayout(Downloads.link("Download " + entry.id() + " version "
                + entry.version() + " for Camunda Modeler", entry.id() + "-v" + entry.version() + ext, "application/xml",
                () -> catalog.file(entry.kind(), entry.id(), entry.version())));
        if (analyst && entry.isProcess()) {
            Button copy = new Button("New draft from this version", e -> {
                Draft draft = drafts.copyOf(entry.id(), entry.version(), user);
                UI.getCurrent().navigate(DraftEditorView.class, new com.vaadin.flow.router.RouteParameters("id",
                        String.valueOf(draft.id())));
            });
            copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(copy);
        }
        selected.add(new H3(entry.id() + " version " + entry.version()), actions, DiagramPanel.of(entry, catalog));
        if (entry.isProcess() && !entry.latest()) {
            selected.add(MigrationPanel.of(migrations.preview(entry.id(), entry.version()), deploy.migrationAnswer()));
        }
    }

    private VerticalLayout draftsSection() {
        draftGrid.addColumn(Draft::id).setHeader("Draft").setAutoWidth(true);
        draftGrid.addColumn(Draft::title).setHeader("Title").setFlexGrow(2);
        draftGrid.addColumn(Draft::processId).setHeader("Process").setAutoWidth(true);
        draftGrid.addColumn(Draft::revision).setHeader("Revision").setAutoWidth(true);
        draftGrid.addColumn(Draft::state).setHeader("State").setFlexGrow(2);
        draftGrid.addColumn(d -> d.updatedBy() + ", " + WHEN.format(d.updatedAt())).setHeader("Last saved").setAutoWidth(true);
        draftGrid.addComponentColumn(d -> new Button("Open", e -> UI.getCurrent().navigate(DraftEditorView.class,
                new com.vaadin.flow.router.RouteParameters("id", String.valueOf(d.id()))))).setAutoWidth(true);
        draftGrid.addComponentColumn(d -> {
            Button delete = new Button("Delete", e -> {
                drafts.delete(d.id(), user);
                draftGrid.setItems(drafts.list());
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return delete;
        }).setAutoWidth(true);
        draftGrid.setItems(drafts.list());
        draftGrid.setHeight("18rem");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
            Draft draft = drafts.upload(meta.fileName(), bytes, user);
            Notification.show("Draft " + draft.id() + " made from " + meta.fileName())
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            draftGrid.setItems(drafts.list());
        })));
        upload.setAcceptedFileTypes(".bpmn", "application/xml", "text/xml");
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("Drop a .bpmn file edited in Camunda Modeler"));
        return new VerticalLayout(new H3("Drafts"), upload, draftGrid);
    }
}
