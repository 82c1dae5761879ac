package org.arflow.design;

import org.arflow.input.ProblemException;
import org.springframework.http.HttpStatus;

/** A draft that may not go live yet, with the reason in plain words. */
public class DeployRefusedException extends ProblemException {

    public DeployRefusedException(String reason) {
        super(HttpStatus.CONFLICT, reason);
    }
}
