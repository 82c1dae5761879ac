package org.arflow.tasks;

import org.arflow.input.ProblemException;
import org.springframework.http.HttpStatus;

import java.util.Map;

/** The form was not filled in as the process needs it; errors are in plain words, per field. */
public class InvalidOutcomeException extends ProblemException {

    private final Map<String, String> errors;

    InvalidOutcomeException(Map<String, String> errors) {
        super(HttpStatus.BAD_REQUEST, "Please check the form: " + String.join(" ", errors.values()));
        this.errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
    }

    InvalidOutcomeException(String message) {
        super(HttpStatus.BAD_REQUEST, message);
        this.errors = Map.of();
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", errors);
    }

    /** Field name to what is wrong with it. */
    public Map<String, String> errors() {
        return errors;
    }
}
