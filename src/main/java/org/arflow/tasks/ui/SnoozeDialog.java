package org.arflow.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

/** Pick the follow-up date: the task leaves the queues until then. */
class SnoozeDialog extends Dialog {

    final DatePicker until = new DatePicker("Follow up on");
    final Button ok = new Button("Snooze");

    SnoozeDialog(LocalDate today, Consumer<LocalDate> snooze) {
        setHeaderTitle("Snooze until a follow-up date");
        until.setLocale(Locale.US);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("MM/dd/yyyy");
        until.setI18n(i18n);
        until.setMin(today.plusDays(1));
        until.setMax(today.plusDays(90));
        until.setValue(today.plusDays(7));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickListener(e -> {
            try {
                snooze.accept(until.getValue());
                close();
            } catch (IllegalArgumentException ex) {
                until.setInvalid(true);
                until.setErrorMessage(ex.getMessage());
            }
        });
        add(new Paragraph("The task leaves the queues until this date, then comes back."), until);
        getFooter().add(new Button("Cancel", e -> close()), ok);
    }
}
