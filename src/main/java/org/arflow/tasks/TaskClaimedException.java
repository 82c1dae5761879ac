package org.arflow.tasks;

import java.util.Map;
import org.arflow.input.ProblemException;
import org.springframework.http.HttpStatus;

/** Someone else holds the task; nothing was changed. */
public class TaskClaimedException extends ProblemException {

    private final String claimedBy;

    TaskClaimedException(String taskName, String claimedBy, String claimedByName) {
        super(HttpStatus.CONFLICT, "The task \"" + taskName + "\" is already claimed by " + claimedByName + ". Nothing was changed.");
        this.claimedBy = claimedBy;
    }

    @Override
    public Map<String, Object> properties() {
        return claimedBy == null ? Map.of() : Map.of("claimedBy", claimedBy);
    }

    /** The user name of whoever holds it. */
    public String claimedBy() {
        return claimedBy;
    }
}
