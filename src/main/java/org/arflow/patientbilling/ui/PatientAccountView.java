package org.arflow.patientbilling.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import org.arflow.input.InvalidInputException;
import org.arflow.patientbilling.PatientAccount;
import org.arflow.patientbilling.PatientAccountQuery;
import org.arflow.patientbilling.PatientAccounts;
import org.arflow.patientbilling.PatientAdjustments;
import org.arflow.patientbilling.PatientBalance;
import org.arflow.patientbilling.PatientPayments;
import org.arflow.patientbilling.PaymentResult;
import org.arflow.patientbilling.PlanInstallment;
import org.arflow.patientbilling.Statement;
import org.arflow.patientbilling.Statements;
import org.arflow.ui.MainLayout;
import org.springframework.security.core.context.SecurityContextHolder;

/** A patient's account: balances by claim, statements sent, the plan schedule, and recording a payment. */
@Route(value = "patients", layout = MainLayout.class)
@PageTitle("Patient accounts | arflow")
@Menu(title = "Patient accounts", order = 15)
@RolesAllowed({"BILLER", "SUPERVISOR"})
public class PatientAccountView extends VerticalLayout implements HasUrlParameter<Long> {

    private static final NumberFormat MONEY = NumberFormat.getCurrencyInstance(Locale.US);

    private final PatientAccountQuery query;
    private final PatientPayments payments;
    private final Statements statements;
    private final VerticalLayout detail = new VerticalLayout();
    final ComboBox<PatientAccounts.AccountSummary> picker = new ComboBox<>("Patient account");

    public PatientAccountView(PatientAccounts accounts, PatientAccountQuery query, PatientPayments payments,
                              Statements statements) {
        this.query = query;
        this.payments = payments;
        this.statements = statements;
        picker.setItems(accounts.accounts());
        picker.setItemLabelGenerator(a -> a.patientName() + " (account " + a.patientId() + ") - " + money(a.due()) + " due");
        picker.setWidth("32em");
        picker.addValueChangeListener(e -> show(e.getValue() == null ? null : e.getValue().patientId()));
        detail.setPadding(false);
        add(new H2("Patient accounts"), new HorizontalLayout(picker, dailyStatements()), detail);
    }

    /** patients/{id} opens that account directly (a link from elsewhere, a bookmark). */
    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long patientId) {
        if (patientId != null) {
            picker.getListDataView().getItems().filter(a -> a.patientId() == patientId).findFirst()
                    .ifPresentOrElse(picker::setValue, () -> show(patientId));
        }
    }

    void show(Long patientId) {
        detail.removeAll();
        if (patientId == null) {
            return;
        }
        PatientAccount account = query.get(patientId);
        Paragraph summary = new Paragraph("Due " + money(account.balanceDue()) + ", credit " + money(account.credit())
                + (account.followingUp() ? "; statements are running" : "; no follow-up running"));
        summary.setId("account-summary");
        detail.add(summary);
        Grid<PatientBalance> balances = grid(PatientBalance.class);
        balances.addColumn(PatientBalance::claimId).setHeader("Claim");
        balances.addColumn(PatientBalance::dateOfService).setHeader("Date of service");
        balances.addColumn(b -> money(b.amount())).setHeader("Patient share");
        balances.addColumn(b -> money(b.paid())).setHeader("Paid");
        balances.addColumn(b -> money(b.writtenOff())).setHeader("Written off");
        balances.addColumn(b -> money(b.due())).setHeader("Due");
        balances.setItems(account.balances());
        Grid<Statement> sent = grid(Statement.class);
        sent.addColumn(Statement::statementDate).setHeader("Sent");
        sent.addColumn(s -> s.finalNotice() ? "Final notice" : "Statement " + s.number()).setHeader("Kind");
        sent.addColumn(s -> money(s.amountDue())).setHeader("Amount due");
        sent.addColumn(Statement::dueDate).setHeader("Due by");
        sent.addComponentColumn(s -> pdfLink("Download", "statement-" + s.id() + ".pdf", () -> statements.pdf(s.id())))
                .setHeader("PDF");
        sent.setItems(account.statements());
        Grid<PlanInstallment> plan = grid(PlanInstallment.class);
        plan.addColumn(PlanInstallment::number).setHeader("Installment");
        plan.addColumn(PlanInstallment::dueDate).setHeader("Due");
        plan.addColumn(i -> money(i.amount())).setHeader("Amount");
        plan.addColumn(i -> switch (i.state()) {
            case "PAID" -> "Paid";
            case "PAID_LATE" -> "Missed, then caught up";
            case "MISSED" -> "Missed";
            default -> "Not due yet";
        }).setHeader("Status");
        plan.setItems(account.planSchedule());
        Grid<PatientAdjustments.Adjustment> adjusted = grid(PatientAdjustments.Adjustment.class);
        adjusted.addColumn(a -> a.recordedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()).setHeader("On");
        adjusted.addColumn(PatientAdjustments.Adjustment::claimId).setHeader("Claim");
        adjusted.addColumn(a -> money(a.amount())).setHeader("Written off");
        adjusted.addColumn(PatientAdjustments.Adjustment::reason).setHeader("Why");
        adjusted.setItems(account.adjustments());
        adjusted.setVisible(!account.adjustments().isEmpty());
        detail.add(new H3("Balances by claim"), balances, adjusted, new H3("Statements sent"), sent,
                new H3("Payment plan" + (account.planState() == null ? ": none" : " (" + account.planState().toLowerCase() + ")")),
                plan, new H3("Record a payment"),
                new PaymentForm(account.balances().stream().map(PatientBalance::claimId).toList(), p -> record(patientId, p)));
    }

    private void record(long patientId, org.arflow.patientbilling.PatientPayment payment) {
        try {
            String user = SecurityContextHolder.getContext().getAuthentication().getName();
            PaymentResult result = payments.record(patientId, payment, user);
            Notification.show(!result.recorded() ? "This reference was recorded before: nothing changed."
                    : "Payment recorded" + (result.credit().signum() > 0 ? "; credit " + money(result.credit()) : "")
                    + ". Still due: " + money(result.balanceDue()) + ".");
            show(patientId);
        } catch (IllegalArgumentException | InvalidInputException e) {
            Notification.show(e.getMessage());
        }
    }

    private HorizontalLayout dailyStatements() {
        DatePicker day = new DatePicker("Statements of", LocalDate.now());
        Anchor link = pdfLink("Download the day's statements", "statements.pdf",
                () -> statements.daily(day.getValue()).orElse(new byte[0]));
        day.addValueChangeListener(e -> link.setHref(resource("statements-" + e.getValue() + ".pdf",
                () -> statements.daily(e.getValue()).orElse(new byte[0]))));
        HorizontalLayout row = new HorizontalLayout(day, link);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private static Anchor pdfLink(String text, String name, java.util.function.Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(resource(name, bytes), text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private static StreamResource resource(String name, java.util.function.Supplier<byte[]> bytes) {
        StreamResource resource = new StreamResource(name, () -> new ByteArrayInputStream(bytes.get()));
        resource.setContentType("application/pdf");
        return resource;
    }

    private static <T> Grid<T> grid(Class<T> type) {
        Grid<T> grid = new Grid<>(type, false);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String money(BigDecimal amount) {
        return MONEY.format(amount);
    }
}
