package org.arflow.input;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A refusal the API answers with its own status and message as problem details (a missing thing, a conflict,
 * a bad value, a busy queue), never as a 500. Features extend it for their own refusals.
 */
public abstract class ProblemException extends RuntimeException {

    private final HttpStatus status;

    protected ProblemException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    protected ProblemException(HttpStatus status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    /** Extra members of the problem details (e.g. the field at fault). */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
