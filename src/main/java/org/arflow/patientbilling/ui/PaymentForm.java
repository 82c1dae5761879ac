package org.arflow.patientbilling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.arflow.patientbilling.PatientPayment;

/** Record a payment: amount, date, method, reference, and optionally the claim it pays first. */
class PaymentForm extends FormLayout {

    private static final String OLDEST_FIRST = "Oldest balance first";

    final BigDecimalField amount = new BigDecimalField("Amount");
    final DatePicker paidOn = new DatePicker("Paid on", LocalDate.now());
    final Select<String> method = new Select<>();
    final TextField reference = new TextField("Reference");
    final Select<String> claim = new Select<>();
    final Button record = new Button("Record payment");

    PaymentForm(List<String> claimIds, Consumer<PatientPayment> onRecord) {
        amount.setPrefixComponent(new Span("$"));
        method.setLabel("Method");
        method.setItems("CARD", "CHECK", "CASH", "ONLINE");
        method.setValue("CARD");
        reference.setHelperText("Receipt, check or card transaction number; the same reference is recorded once");
        claim.setLabel("Apply to");
        claim.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(OLDEST_FIRST), claimIds.stream()).toList());
        claim.setValue(OLDEST_FIRST);
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> {
            if (valid()) {
                onRecord.accept(new PatientPayment(amount.getValue(), paidOn.getValue(), method.getValue(),
                        reference.getValue().trim(), OLDEST_FIRST.equals(claim.getValue()) ? null : claim.getValue()));
            }
        });
        amount.setId("payment-amount");
        reference.setId("payment-reference");
        record.setId("record-payment");
        add(amount, paidOn, method, reference, claim, record);
    }

    /** Plain-words errors at the fields before anything is recorded. */
    private boolean valid() {
        amount.setInvalid(amount.getValue() == null || amount.getValue().signum() <= 0);
        amount.setErrorMessage("Amount must be more than zero.");
        paidOn.setInvalid(paidOn.getValue() == null);
        paidOn.setErrorMessage("Paid on is required.");
        reference.setInvalid(reference.getValue().isBlank());
        reference.setErrorMessage("Reference is required.");
        return !amount.isInvalid() && !paidOn.isInvalid() && !reference.isInvalid();
    }
}
