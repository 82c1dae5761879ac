package org.arflow.tasks;

import java.util.Map;

/** The form was not filled in as the process needs it; errors are in plain words, per field. */
public class InvalidOutcomeException extends RuntimeException {

    private final Map<String, String> errors;

    InvalidOutcomeException(Map<String, String> errors) {
        super("Please check the form: " + String.join(" ", errors.values()));
        this.errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
    }

    InvalidOutcomeException(String message) {
        super(message);
        this.errors = Map.of();
    }

    /** Field name to what is wrong with it. */
    public Map<String, String> errors() {
        return errors;
    }
}
