package org.arflow.tasks;

import org.arflow.input.ProblemException;
import org.springframework.http.HttpStatus;

/** Only the holder completes a task: whoever wants to complete it claims it first; nothing was changed. */
public class TaskNotHeldException extends ProblemException {

    TaskNotHeldException(String taskName) {
        super(HttpStatus.CONFLICT, "Claim the task \"" + taskName + "\" before completing it. Nothing was changed.");
    }
}
