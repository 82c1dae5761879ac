package org.arflow.tasks;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks what was entered in a task form and turns it into typed process variables. */
final class FormValidation {

    private FormValidation() {
    }

    static Map<String, Object> validate(TaskForm form, Map<String, ?> entered) {
        Map<String, Object> outcome = new HashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            Object raw = entered.get(field.name());
            String text = raw == null ? "" : raw.toString().trim();
            if (text.isEmpty()) {
                outcome.put(field.name(), null);
                if (isRequired(field, entered)) {
                    errors.put(field.name(), missing(field));
                }
                continue;
            }
            try {
                outcome.put(field.name(), value(field, raw, text));
            } catch (IllegalArgumentException e) {
                errors.put(field.name(), e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidOutcomeException(errors);
        }
        form.copies().forEach((from, to) -> outcome.put(to, outcome.get(from)));
        return outcome;
    }

    private static boolean isRequired(FormField field, Map<String, ?> entered) {
        if (field.required()) {
            return true;
        }
        Object other = field.requiredWhenField() == null ? null : entered.get(field.requiredWhenField());
        return other != null && other.toString().equals(field.requiredWhenValue());
    }

    private static String missing(FormField field) {
        return switch (field.kind()) {
            case CHOICE -> "Choose " + lower(field.label()) + ".";
            case YES_NO -> "Answer \"" + field.label() + "\" with yes or no.";
            default -> field.label() + " is required.";
        };
    }

    private static Object value(FormField field, Object raw, String text) {
        return switch (field.kind()) {
            case CHOICE -> {
                if (field.choices().stream().noneMatch(c -> c.value().equals(text))) {
                    throw new IllegalArgumentException(field.label() + " must be one of: " + field.choices().stream()
                            .map(FormField.Choice::label).collect(Collectors.joining(", ")) + ".");
                }
                yield text;
            }
            case YES_NO -> {
                if (raw instanceof Boolean b) {
                    yield b;
                }
                if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                    throw new IllegalArgumentException("Answer \"" + field.label() + "\" with yes or no.");
                }
                yield Boolean.parseBoolean(text);
            }
            case DAYS -> {
                int days;
                try {
                    days = new java.math.BigDecimal(text).intValueExact();
                } catch (ArithmeticException | NumberFormatException e) {
                    days = -1;
                }
                if (days < FormField.MIN_DAYS || days > FormField.MAX_DAYS) {
                    throw new IllegalArgumentException(field.label() + " must be a whole number of days from "
                            + FormField.MIN_DAYS + " to " + FormField.MAX_DAYS + ".");
                }
                yield days;
            }
            case COUNT -> {
                try {
                    int count = new java.math.BigDecimal(text).intValueExact();
                    if (count > 0) {
                        yield count;
                    }
                } catch (ArithmeticException | NumberFormatException e) {
                    // refused below in the same words
                }
                throw new IllegalArgumentException(field.label() + " must be a whole number above zero.");
            }
            case AMOUNT -> {
                java.math.BigDecimal amount;
                try {
                    amount = new java.math.BigDecimal(text.replace("$", "").replace(",", ""));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(field.label() + " must be an amount in dollars, e.g. 50.00.");
                }
                if (amount.signum() <= 0 || amount.scale() > 2) {
                    throw new IllegalArgumentException(field.label() + " must be more than zero, in dollars and cents.");
                }
                yield amount;
            }
            case DATE -> {
                try {
                    yield java.time.LocalDate.parse(text).toString();
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException(field.label() + " must be a date (year-month-day).");
                }
            }
            case TEXT, NOTES -> {
                if (text.length() > 4000) {
                    throw new IllegalArgumentException(field.label() + " is too long (at most 4,000 characters).");
                }
                yield text;
            }
        };
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
