package org.arflow.tasks;

import java.util.List;

/**
 * One field of a task form. name is the process variable it fills; requiredWhen makes it required
 * only when another field has a value (a write-off reason only when approving).
 */
public record FormField(String name, String label, Kind kind, boolean required, List<Choice> choices, String help,
                        String requiredWhenField, String requiredWhenValue) {

    public enum Kind { TEXT, NOTES, CHOICE, YES_NO, DAYS, COUNT, AMOUNT, DATE }

    /** A value of a choice field and how people call it. */
    public record Choice(String value, String label) {
    }

    static FormField choice(String name, String label, String help, Choice... choices) {
        return new FormField(name, label, Kind.CHOICE, true, List.of(choices), help, null, null);
    }

    static FormField text(String name, String label, boolean required, String help) {
        return new FormField(name, label, Kind.TEXT, required, List.of(), help, null, null);
    }

    static FormField notes(String name, String label, boolean required) {
        return new FormField(name, label, Kind.NOTES, required, List.of(), null, null, null);
    }

    static FormField days(String name, String label, String help) {
        return new FormField(name, label, Kind.DAYS, false, List.of(), help, null, null);
    }

    static FormField count(String name, String label, String help) {
        return new FormField(name, label, Kind.COUNT, true, List.of(), help, null, null);
    }

    static FormField amount(String name, String label, String help) {
        return new FormField(name, label, Kind.AMOUNT, true, List.of(), help, null, null);
    }

    static FormField date(String name, String label, String help) {
        return new FormField(name, label, Kind.DATE, true, List.of(), help, null, null);
    }

    static FormField yesNo(String name, String label) {
        return new FormField(name, label, Kind.YES_NO, true, List.of(), null, null, null);
    }

    FormField requiredWhen(String field, String value) {
        return new FormField(name, label, kind, false, choices, help, field, value);
    }

    /** Smallest and largest number of days a DAYS field takes. */
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 180;
}
