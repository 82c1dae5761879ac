package org.arflow.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.arflow.tasks.Actor;
import org.arflow.tasks.QueueFilter;
import org.arflow.tasks.SavedFilter;
import org.arflow.tasks.SavedFilters;

/** Saved filters: pick one (mine or shared with my teams), save the current one, delete mine. */
class SavedFilterBar extends HorizontalLayout {

    final ComboBox<SavedFilter> saved = new ComboBox<>("Saved filters");
    final Button save = new Button("Save filter…");
    final Button delete = new Button("Delete");
    private final SavedFilters filters;
    private final Actor actor;

    SavedFilterBar(SavedFilters filters, Actor actor, List<String> teams, Supplier<QueueFilter> current,
                   Consumer<QueueFilter> apply) {
        this.filters = filters;
        this.actor = actor;
        saved.setItemLabelGenerator(f -> f.owner().equals(actor.username()) ? f.name()
                : f.name() + " (shared by " + f.owner() + ")");
        saved.setClearButtonVisible(true);
        saved.addValueChangeListener(e -> {
            delete.setEnabled(e.getValue() != null && e.getValue().owner().equals(actor.username()));
            if (e.getValue() != null) {
                apply.accept(e.getValue().filter());
            }
        });
        save.addClickListener(e -> openSaveDialog(teams, current.get()));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setEnabled(false);
        delete.addClickListener(e -> {
            filters.delete(actor, saved.getValue().id());
            reload();
        });
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(saved, save, delete);
        reload();
    }

    private void reload() {
        saved.setItems(filters.available(actor));
    }

    private void openSaveDialog(List<String> teams, QueueFilter filter) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Save this filter");
        TextField name = new TextField("Name");
        name.setRequired(true);
        ComboBox<String> share = new ComboBox<>("Share with team (optional)");
        share.setItems(teams);
        share.setClearButtonVisible(true);
        Button ok = new Button("Save", e -> {
            try {
                filters.save(actor, name.getValue(), filter, share.getValue());
                Notification.show("Filter \"" + name.getValue().trim() + "\" saved");
                dialog.close();
                reload();
            } catch (RuntimeException ex) {
                name.setInvalid(true);
                name.setErrorMessage(ex.getMessage());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new com.vaadin.flow.component.orderedlayout.VerticalLayout(name, share));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
        name.focus();
    }
}
