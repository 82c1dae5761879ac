package org.arflow.tasks;

/** Someone else holds the task; nothing was changed. */
public class TaskClaimedException extends RuntimeException {

    private final String claimedBy;

    TaskClaimedException(String taskName, String claimedBy, String claimedByName) {
        super("The task \"" + taskName + "\" is already claimed by " + claimedByName + ". Nothing was changed.");
        this.claimedBy = claimedBy;
    }

    /** The user name of whoever holds it. */
    public String claimedBy() {
        return claimedBy;
    }
}
