package org.arflow.input;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** A value from outside that arflow refuses, with the field it came in (400 over the API). */
public class InvalidInputException extends ProblemException {

    private final String field;

    public InvalidInputException(String field, String problem) {
        super(HttpStatus.BAD_REQUEST, field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("field", field);
    }
}
