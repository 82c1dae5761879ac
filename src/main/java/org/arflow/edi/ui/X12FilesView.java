package org.arflow.edi.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.arflow.engine.ProcessEngine;
import org.arflow.input.InvalidInputException;
import org.arflow.input.Identifiers;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.arflow.edi.ImportReport;
import org.arflow.edi.ProviderLedger;
import org.arflow.edi.ReceivedFile;
import org.arflow.edi.RemittanceExceptions;
import org.arflow.edi.X12Import;
import org.arflow.ui.MainLayout;

/** Upload X12 files, see every file received with its report, and resolve held remittances. */
@Route(value = "x12", layout = MainLayout.class)
@PageTitle("X12 files | arflow")
@Menu(title = "X12 files", order = 30)
@RolesAllowed({"BILLER", "SUPERVISOR", "ADMIN"})
public class X12FilesView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm");

    private final X12Import importer;
    private final RemittanceExceptions exceptions;
    private final Grid<ReceivedFile> files = new Grid<>(ReceivedFile.class, false);
    private final Grid<RemittanceExceptions.Item> held = new Grid<>(RemittanceExceptions.Item.class, false);

    private final Paragraph backlog = new Paragraph();
    private final ProcessEngine engine;
    private final ProviderLedgerPanel ledger;

    public X12FilesView(X12Import importer, RemittanceExceptions exceptions, AuthenticationContext auth,
                        ProcessEngine engine, ProviderLedger providerLedger) {
        this.engine = engine;
        this.ledger = new ProviderLedgerPanel(providerLedger);
        this.importer = importer;
        this.exceptions = exceptions;
        setSizeFull();
        String user = auth.getPrincipalName().orElse("unknown");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
            try {
                Identifiers.fileName("File name", meta.fileName());
            } catch (InvalidInputException e) {
                Notification.show(e.getMessage() + "; rename the file and upload it again")
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            ImportReport report = importer.importFile(meta.fileName(), bytes, "UI", user);
            show(report);
            refresh();
        })));
        upload.setMaxFileSize(256 * 1024 * 1024);
        upload.setDropLabel(new Span("Drop an 835, 837 or 277 file here"));

        files.addColumn(f -> f.receivedAt() == null ? "" : WHEN.format(f.receivedAt())).setHeader("Received");
        files.addColumn(ReceivedFile::fileName).setHeader("File").setAutoWidth(true);
        files.addColumn(ReceivedFile::transactionType).setHeader("Type");
        files.addColumn(ReceivedFile::status).setHeader("Status");
        files.addColumn(ReceivedFile::source).setHeader("From");
        files.addColumn(f -> f.error() == null ? "" : f.error()).setHeader("Error or why it is held").setFlexGrow(3);
        boolean supervisor = auth.hasRole("SUPERVISOR") || auth.hasRole("ADMIN");
        files.addComponentColumn(f -> "HELD".equals(f.status()) && supervisor
                ? new Button("Import anyway…", e -> importAnywayDialog(f, user)) : new Span()).setHeader("");

        held.addColumn(RemittanceExceptions.Item::kind).setHeader("Kind");
        held.addColumn(RemittanceExceptions.Item::claimRef).setHeader("Claim id in the 835");
        held.addColumn(RemittanceExceptions.Item::paid).setHeader("Paid");
        held.addColumn(RemittanceExceptions.Item::problem).setHeader("Why it is held").setFlexGrow(3);
        held.addComponentColumn(item -> new Button("Post to claim…", e -> matchDialog(item, user))).setHeader("");

        add(new H2("X12 files"), new Paragraph("Upload remittances (835), claims (837) and claim status (277/277CA)."
                + " Files dropped into the inbox folder are imported too."), upload, backlog,
                new H3("Held remittances"), held, new H3("Files received"), files, ledger);
        refresh();
    }

    private void show(ImportReport r) {
        String text = r.failed() || r.held() ? r.message()
                : r.message() + ": " + r.counts().claimsCreated() + " claims created, " + r.counts().remittancesPosted()
                + " remittances posted, " + r.counts().unmatched() + " unmatched, " + r.counts().heldUnbalanced()
                + " held, " + r.counts().statusesRecorded() + " statuses" + (r.duplicateFile() ? " (already received)" : "");
        Notification n = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(r.failed() ? NotificationVariant.LUMO_ERROR
                : r.held() ? NotificationVariant.LUMO_WARNING : NotificationVariant.LUMO_SUCCESS);
    }

    private void importAnywayDialog(ReceivedFile file, String user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Import " + file.fileName() + " anyway?");
        Button go = new Button("Import anyway", e -> {
            show(importer.importAnyway(file.id(), user));
            dialog.close();
            refresh();
        });
        dialog.add(new Paragraph(file.error()), new Paragraph("The file is imported as it is; every claim and"
                + " transaction is still checked for balance. Your decision is kept in the audit log."));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), go);
        dialog.open();
    }

    private void matchDialog(RemittanceExceptions.Item item, String user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Post remittance " + item.reference());
        TextField claimId = new TextField("Claim id");
        claimId.setValue(item.claimRef());
        Button post = new Button("Post", e -> {
            try {
                exceptions.resolve(item.id(), claimId.getValue().trim(), user);
                dialog.close();
                refresh();
            } catch (RuntimeException ex) {
                claimId.setInvalid(true);
                claimId.setErrorMessage(ex.getMessage());
            }
        });
        dialog.add(new Paragraph(item.problem()), claimId);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), post);
        dialog.open();
    }

    private void refresh() {
        files.setItems(importer.recentFiles(200));
        held.setItems(exceptions.open());
        ledger.refresh();
        backlog.setText("Messages waiting for the engine: " + engine.backlog()
                + " (posted remittances reach their claims' processes at the engine's pace)");
    }
}
