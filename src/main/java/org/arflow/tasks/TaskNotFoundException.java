package org.arflow.tasks;

import org.arflow.input.ProblemException;
import org.springframework.http.HttpStatus;

/** No such task, or not one the person may see: both read the same, so nothing leaks. */
public class TaskNotFoundException extends ProblemException {
    TaskNotFoundException(long taskKey) {
        super(HttpStatus.NOT_FOUND, "No open task " + taskKey + " in your queues");
    }
}
