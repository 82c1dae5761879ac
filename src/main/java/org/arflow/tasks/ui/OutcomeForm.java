package org.arflow.tasks.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.arflow.tasks.FormField;
import org.arflow.tasks.TaskForm;

/** The form of a task, built from its definition; the server checks it, and errors show at their fields. */
class OutcomeForm extends VerticalLayout {

    final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    final Button complete = new Button("Complete task");

    OutcomeForm(TaskForm form, Consumer<Map<String, Object>> onComplete) {
        setPadding(false);
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (FormField field : form.fields()) {
            var input = input(field);
            fields.put(field.name(), input);
            layout.add((com.vaadin.flow.component.Component) input);
            if (field.kind() == FormField.Kind.NOTES || field.kind() == FormField.Kind.CHOICE) {
                layout.setColspan((com.vaadin.flow.component.Component) input, 2);
            }
        }
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        complete.setTooltipText("Ctrl+Enter");
        complete.addClickListener(e -> onComplete.accept(values()));
        add(new H3(form.title()), new Paragraph(form.instructions()), layout, complete);
    }

    Map<String, Object> values() {
        Map<String, Object> values = new HashMap<>();
        fields.forEach((name, input) -> values.put(name, input.getValue()));
        return values;
    }

    /** Marks the fields the server refused, with its words; clears the others. */
    void showErrors(Map<String, String> errors) {
        fields.forEach((name, input) -> {
            if (input instanceof com.vaadin.flow.component.HasValidation v) {
                v.setErrorMessage(errors.get(name));
                v.setInvalid(errors.containsKey(name));
            }
        });
    }

    private static AbstractField<?, ?> input(FormField field) {
        AbstractField<?, ?> input = switch (field.kind()) {
            case CHOICE -> {
                RadioButtonGroup<String> group = new RadioButtonGroup<>(field.label());
                group.setItems(field.choices().stream().map(FormField.Choice::value).toList());
                group.setItemLabelGenerator(v -> field.choices().stream().filter(c -> c.value().equals(v))
                        .findFirst().map(FormField.Choice::label).orElse(v));
                group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                group.setRequired(field.required());
                yield group;
            }
            case YES_NO -> {
                RadioButtonGroup<Boolean> group = new RadioButtonGroup<>(field.label());
                group.setItems(Boolean.TRUE, Boolean.FALSE);
                group.setItemLabelGenerator(b -> b ? "Yes" : "No");
                group.setRequired(field.required());
                yield group;
            }
            case DAYS -> {
                IntegerField days = new IntegerField(field.label());
                days.setMin(FormField.MIN_DAYS);
                days.setMax(FormField.MAX_DAYS);
                days.setStepButtonsVisible(true);
                yield days;
            }
            case COUNT -> {
                IntegerField count = new IntegerField(field.label());
                count.setMin(1);
                count.setStepButtonsVisible(true);
                yield count;
            }
            case AMOUNT -> {
                com.vaadin.flow.component.textfield.BigDecimalField amount =
                        new com.vaadin.flow.component.textfield.BigDecimalField(field.label());
                amount.setPrefixComponent(new com.vaadin.flow.component.html.Span("$"));
                yield amount;
            }
            case DATE -> new com.vaadin.flow.component.datepicker.DatePicker(field.label());
            case TEXT -> {
                TextField text = new TextField(field.label());
                text.setRequired(field.required());
                yield text;
            }
            case NOTES -> {
                TextArea notes = new TextArea(field.label());
                notes.setRequired(field.required());
                notes.setMinHeight("6em");
                yield notes;
            }
        };
        if (field.help() != null && input instanceof com.vaadin.flow.component.HasHelper helper) {
            helper.setHelperText(field.help());
        }
        input.setId("field-" + field.name());
        return input;
    }
}
