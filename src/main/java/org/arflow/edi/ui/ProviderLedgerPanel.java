package org.arflow.edi.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import org.arflow.edi.ProviderLedger;

/** The provider-level ledger on the X12 page: each account's sums per kind, then the newest bookings. */
class ProviderLedgerPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm");

    private final ProviderLedger ledger;
    private final Grid<ProviderLedger.Balance> balances = new Grid<>(ProviderLedger.Balance.class, false);
    private final Grid<ProviderLedger.Entry> entries = new Grid<>(ProviderLedger.Entry.class, false);

    ProviderLedgerPanel(ProviderLedger ledger) {
        this.ledger = ledger;
        setPadding(false);
        balances.addColumn(ProviderLedger.Balance::payerKey).setHeader("Payer");
        balances.addColumn(ProviderLedger.Balance::payeeKey).setHeader("Payee");
        balances.addColumn(b -> words(b.kind())).setHeader("Kind");
        balances.addColumn(b -> b.amount().toPlainString()).setHeader("Sum (+ reduced payments, − added)");
        balances.addColumn(ProviderLedger.Balance::entries).setHeader("Lines");
        balances.setAllRowsVisible(true);

        entries.addColumn(e -> WHEN.format(e.createdAt())).setHeader("Booked");
        entries.addColumn(e -> "#" + e.fileId()).setHeader("File");
        entries.addColumn(ProviderLedger.Entry::payerKey).setHeader("Payer");
        entries.addColumn(ProviderLedger.Entry::payeeKey).setHeader("Payee");
        entries.addColumn(e -> words(e.kind())).setHeader("Kind");
        entries.addColumn(ProviderLedger.Entry::reasonCode).setHeader("Reason");
        entries.addColumn(e -> e.reference() == null ? "" : e.reference()).setHeader("Reference");
        entries.addColumn(e -> effect(e)).setHeader("Effect on the payment").setAutoWidth(true);
        entries.addColumn(e -> e.claimId() == null ? "" : e.claimId()).setHeader("Claim");
        entries.setHeight("320px");

        add(new H3("Provider-level ledger"), new Paragraph("PLB lines and claim interest (AMT*I) per payer and payee."
                + " A positive PLB amount reduced the payment, a negative one increased it; recoupments (WO, 72)"
                + " are linked to the claim their reference names."), balances, entries);
    }

    void refresh() {
        balances.setItems(ledger.balances());
        entries.setItems(ledger.entries(null, null, 200));
    }

    private static String effect(ProviderLedger.Entry e) {
        return e.amount().signum() > 0 ? "reduced by " + e.amount().toPlainString()
                : e.amount().signum() < 0 ? "increased by " + e.amount().negate().toPlainString() : "none";
    }

    private static String words(String kind) {
        return switch (kind) {
            case "RECOUPMENT" -> "Recoupment";
            case "INTEREST" -> "Interest";
            case "CAPITATION" -> "Capitation";
            case "CARRIED_FORWARD" -> "Carried forward";
            case "ADJUSTMENT" -> "Adjustment";
            default -> "Other";
        };
    }
}
