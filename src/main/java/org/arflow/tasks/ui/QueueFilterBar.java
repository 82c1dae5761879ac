package org.arflow.tasks.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.arflow.tasks.AgingBucket;
import org.arflow.tasks.QueueFilter;

/** The queue filters: task type, payer, aging bucket, balance range, due by, claim id, team. */
class QueueFilterBar extends FlexLayout {

    final ComboBox<String> taskType = new ComboBox<>("Task type");
    final ComboBox<String> payer = new ComboBox<>("Payer");
    final ComboBox<AgingBucket> aging = new ComboBox<>("Aging");
    final BigDecimalField minBalance = new BigDecimalField("Balance from");
    final BigDecimalField maxBalance = new BigDecimalField("Balance to");
    final DatePicker dueBy = new DatePicker("Due by");
    final TextField claimId = new TextField("Claim");
    final ComboBox<String> team = new ComboBox<>("Team");
    private boolean applying;

    QueueFilterBar(Map<String, String> taskTypes, List<String> payers, List<String> teams, Consumer<QueueFilter> onChange) {
        taskType.setItems(taskTypes.keySet());
        taskType.setItemLabelGenerator(id -> taskTypes.getOrDefault(id, id));
        payer.setItems(payers);
        aging.setItems(AgingBucket.values());
        aging.setItemLabelGenerator(AgingBucket::label);
        for (BigDecimalField amount : List.of(minBalance, maxBalance)) {
            amount.setPrefixComponent(new Div("$"));
            amount.setWidth("9em");
            amount.setValueChangeMode(ValueChangeMode.LAZY);
        }
        dueBy.setLocale(Locale.US);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("MM/dd/yyyy");
        dueBy.setI18n(i18n);
        claimId.setPlaceholder("starts with");
        claimId.setValueChangeMode(ValueChangeMode.LAZY);
        team.setItems(teams);
        team.setVisible(teams.size() > 1);
        List.of(taskType, payer, aging, team).forEach(c -> c.setClearButtonVisible(true));
        dueBy.setClearButtonVisible(true);
        claimId.setClearButtonVisible(true);
        add(taskType, payer, aging, minBalance, maxBalance, dueBy, claimId, team);
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)");
        List<com.vaadin.flow.component.HasValue<?, ?>> inputs =
                List.of(taskType, payer, aging, minBalance, maxBalance, dueBy, claimId, team);
        inputs.forEach(field -> field.addValueChangeListener(e -> {
            if (!applying) {
                onChange.accept(value());
            }
        }));
    }

    QueueFilter value() {
        return new QueueFilter(taskType.getValue(), payer.getValue(), aging.getValue(), minBalance.getValue(),
                maxBalance.getValue(), dueBy.getValue(), claimId.getValue(), team.getValue());
    }

    /** Shows a saved filter; the queue is refreshed once, by the caller. */
    void show(QueueFilter f) {
        applying = true;
        try {
            taskType.setValue(f.taskType());
            payer.setValue(f.payer());
            aging.setValue(f.aging());
            minBalance.setValue(f.minBalance());
            maxBalance.setValue(f.maxBalance());
            dueBy.setValue(f.dueBy());
            claimId.setValue(f.claimId() == null ? "" : f.claimId());
            team.setValue(f.team());
        } finally {
            applying = false;
        }
    }
}
