package org.arflow.design;

import org.arflow.input.ProblemException;
import org.springframework.http.HttpStatus;

/** A deployed process or decision version whose file arflow does not have (the API answers 404). */
public class ProcessFileNotFoundException extends ProblemException {

    ProcessFileNotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, message);
    }
}
