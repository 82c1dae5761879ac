package org.arflow.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.arflow.security.AuditChainCheck;
import org.arflow.security.AuditEntry;
import org.arflow.security.AuditLog;
import org.arflow.ui.MainLayout;

/** Supervisors read who viewed which claim and what was done to which task. */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Audit log | arflow")
@Menu(title = "Audit log", order = 80)
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class AuditLogView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM/dd/yyyy h:mm:ss a", Locale.US);

    public AuditLogView(AuditLog log) {
        setSizeFull();
        TextField user = new TextField("User");
        TextField claim = new TextField("Claim");
        Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
        grid.addColumn(e -> WHEN.format(e.occurredAt().atZoneSameInstant(ZoneId.systemDefault())))
                .setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditEntry::username).setHeader("User").setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader("What").setAutoWidth(true);
        grid.addColumn(AuditEntry::claimId).setHeader("Claim").setAutoWidth(true);
        grid.addColumn(AuditEntry::taskKey).setHeader("Task").setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader("Detail").setFlexGrow(1);
        Runnable refresh = () -> grid.setItems(q -> log.entries(user.getValue(), claim.getValue(), q.getOffset(),
                q.getLimit()).stream());
        for (TextField f : new TextField[] {user, claim}) {
            f.setClearButtonVisible(true);
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> refresh.run());
        }
        refresh.run();
        Span chain = new Span();
        chain.setId("audit-chain");
        Button verify = new Button("Verify chain", e -> showChain(chain, log.verifyChain()));
        showChain(chain, log.verifyChain());
        HorizontalLayout filters = new HorizontalLayout(user, claim, verify, chain);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2("Audit log"), filters, grid);
    }

    private static void showChain(Span chain, AuditChainCheck check) {
        chain.setText(check.summary());
        chain.getStyle().set("color", check.intact() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }
}
