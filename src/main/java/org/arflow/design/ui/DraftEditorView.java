package org.arflow.design.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import org.arflow.design.DeployRefusedException;
import org.arflow.design.Draft;
import org.arflow.design.DraftNotFoundException;
import org.arflow.design.Drafts;
import org.arflow.design.SafeDeploy;
import org.arflow.design.ValidationReport;
import org.arflow.ui.MainLayout;
import org.arflow.ui.bpmn.BpmnModeler;

/**
 * An analyst's draft: edit it, save it, validate it (the report says each check's result), and deploy
 * it with a reason once validation passed on the saved revision.
 */
@Route(value = "processes/drafts/:id", layout = MainLayout.class)
@PageTitle("Draft | arflow")
@RolesAllowed("ANALYST")
public class DraftEditorView extends VerticalLayout implements BeforeEnterObserver {

    private final transient Drafts drafts;
    private final transient SafeDeploy deploy;
    private final String user;
    private final H2 title = new H2();
    private final Paragraph state = new Paragraph();
    private final DraftXmlEditor editor = new DraftXmlEditor();
    private final TextField reason = new TextField("Why does this change go live?");
    private final Div report = new Div();
    private long draftId;

    public DraftEditorView(Drafts drafts, SafeDeploy deploy, AuthenticationContext auth) {
        this.drafts = drafts;
        this.deploy = deploy;
        this.user = auth.getPrincipalName().orElse("unknown");
        setSizeFull();
        Button save = new Button("Save", e -> editor.readXml(this::save));
        Button validate = new Button("Validate", e -> validate());
        Button deployButton = new Button("Deploy", e -> deploy());
        save.setId("draft-save");
        validate.setId("draft-validate");
        deployButton.setId("draft-deploy");
        reason.setId("draft-reason");
        report.setId("validation-report");
        deployButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reason.setWidth("32em");
        reason.setRequiredIndicatorVisible(true);
        HorizontalLayout deployRow = new HorizontalLayout(reason, deployButton);
        deployRow.setAlignItems(Alignment.BASELINE);
        add(title, state, new HorizontalLayout(save, validate), editor.component(), report, deployRow,
                new Paragraph(deploy.migrationAnswer()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            draftId = Long.parseLong(event.getRouteParameters().get("id").orElse("-1"));
            Draft draft = drafts.get(draftId);
            editor.setXml(draft.xml());
            refresh(draft);
            if (draft.validationReport() != null) {
                showReport(draft.validationReport());
            }
        } catch (DraftNotFoundException | NumberFormatException e) {
            event.rerouteTo(ProcessCatalogView.class);
        }
    }

    private void save(String xml) {
        refresh(drafts.save(draftId, xml, user));
        report.removeAll();
        Notification.show("Saved. Validate the draft before you deploy it.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void validate() {
        if (editor.changed()) {
            Notification.show("Save your changes first: validation checks the saved draft.")
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }
        showReport(drafts.validate(draftId, user));
        refresh(drafts.get(draftId));
    }

    private void deploy() {
        try {
            var version = deploy.deploy(draftId, user, reason.getValue());
            Notification.show(version.processId() + " version " + version.version() + " is live: new claims take it.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh(drafts.get(draftId));
        } catch (DeployRefusedException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh(Draft draft) {
        title.setText("Draft " + draft.id() + ": " + draft.title());
        state.setText("Process " + draft.processId() + ", revision " + draft.revision() + ", last saved by "
                + draft.updatedBy() + " " + ProcessCatalogView.WHEN.format(draft.updatedAt()) + ". " + draft.state() + ".");
        editor.setDownload(draft.processId() + "-draft-" + draft.id() + ".bpmn",
                () -> drafts.get(draftId).xml().getBytes(StandardCharsets.UTF_8));
    }

    private void showReport(ValidationReport validation) {
        report.removeAll();
        report.add(new Paragraph(validation.passed() ? "Validation passed" : "Validation failed"));
        validation.checks().forEach(c -> {
            Div line = new Div();
            line.setText(c.line());
            line.getStyle().set("color", switch (c.outcome()) {
                case PASSED -> "var(--lumo-success-text-color)";
                case FAILED -> "var(--lumo-error-text-color)";
                case CANNOT_CHECK -> "var(--lumo-secondary-text-color)";
            });
            line.addClassName("check-" + c.outcome().name().toLowerCase(java.util.Locale.ROOT));
            report.add(line);
        });
    }

    /** The bpmn-js modeler with the Camunda 8 properties panel, and a download of the saved draft. */
    static final class DraftXmlEditor {
        private final BpmnModeler modeler = new BpmnModeler();
        private final VerticalLayout layout = new VerticalLayout();
        private final Span unsaved = new Span();
        private String saved = "";

        DraftXmlEditor() {
            modeler.setId("draft-modeler");
            modeler.addChangeListener(() -> unsaved.setText("Unsaved changes"));
            modeler.addErrorListener(message -> unsaved.setText("The diagram cannot be shown: " + message));
            layout.setPadding(false);
            layout.add(unsaved, modeler);
        }

        com.vaadin.flow.component.Component component() {
            return layout;
        }

        void setXml(String text) {
            saved = text;
            modeler.setXml(text);
            unsaved.setText("");
        }

        /** Whether the modeler was changed since the last save or load. */
        boolean changed() {
            return !unsaved.getText().isEmpty();
        }

        /** Asks the browser for the diagram, then hands it on (on the UI thread). */
        void readXml(java.util.function.Consumer<String> then) {
            modeler.requestXml(xml -> {
                saved = xml;
                unsaved.setText("");
                then.accept(xml);
            });
        }

        void setDownload(String fileName, java.util.function.Supplier<byte[]> content) {
            layout.getChildren().filter(c -> c instanceof com.vaadin.flow.component.html.Anchor).toList()
                    .forEach(layout::remove);
            layout.add(Downloads.link("Download this draft for Camunda Modeler", fileName, "application/xml", content));
        }
    }
}
