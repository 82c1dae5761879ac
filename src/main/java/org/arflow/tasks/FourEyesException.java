package org.arflow.tasks;

import org.arflow.input.ProblemException;
import org.springframework.http.HttpStatus;

/** A money decision its own requester tried to approve, or a task given to someone outside its group. */
public class FourEyesException extends ProblemException {

    FourEyesException(String message) {
        super(HttpStatus.FORBIDDEN, message);
    }
}
