package org.arflow.tasks;

/** The task went away before the person completed it; they are told plainly. */
public class StaleTaskException extends RuntimeException {
    StaleTaskException(String taskName, String what) {
        super("The task \"" + taskName + "\" " + what + ". It has been removed from your queue; nothing was changed.");
    }
}
