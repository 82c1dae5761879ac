package org.arflow.tasks;

import org.arflow.input.ProblemException;
import org.springframework.http.HttpStatus;

/** The task went away before the person completed it; they are told plainly. */
public class StaleTaskException extends ProblemException {
    StaleTaskException(String taskName, String what) {
        super(HttpStatus.CONFLICT, "The task \"" + taskName + "\" " + what + ". It has been removed from your queue; nothing was changed.");
    }
}
