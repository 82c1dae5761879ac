package org.arflow.design;

/** A deployed process or decision version whose file arflow does not have (the API answers 404). */
public class ProcessFileNotFoundException extends RuntimeException {

    ProcessFileNotFoundException(String message) {
        super(message);
    }
}
