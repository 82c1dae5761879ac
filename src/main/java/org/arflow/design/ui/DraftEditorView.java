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
import com.vaadin.flow.component.textfield.TextArea;
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
        Draft draft = drafts.get(draftId);
        if (!draft.xml().equals(editor.lastKnownXml())) {
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

    /** The XML text editor; replaced by the bpmn-js modeler when the browser component is present. */
    static final class DraftXmlEditor {
        private final TextArea xml = new TextArea("BPMN XML");
        private final VerticalLayout layout = new VerticalLayout();
        private String known = "";

        DraftXmlEditor() {
            xml.setWidthFull();
            xml.setHeight("24em");
            xml.setId("draft-xml");
            layout.setPadding(false);
            layout.add(xml);
        }

        com.vaadin.flow.component.Component component() {
            return layout;
        }

        void setXml(String text) {
            known = text;
            xml.setValue(text);
        }

        String lastKnownXml() {
            return xml.getValue();
        }

        void readXml(java.util.function.Consumer<String> then) {
            known = xml.getValue();
            then.accept(known);
        }

        void setDownload(String fileName, java.util.function.Supplier<byte[]> content) {
            layout.getChildren().filter(c -> c instanceof com.vaadin.flow.component.html.Anchor).toList()
                    .forEach(layout::remove);
            layout.add(Downloads.link("Download this draft for Camunda Modeler", fileName, "application/xml", content));
        }
    }
}
