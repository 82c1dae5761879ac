package org.arflow.tasks;

/** No such task, or not one the person may see: both read the same, so nothing leaks. */
public class TaskNotFoundException extends RuntimeException {
    TaskNotFoundException(long taskKey) {
        super("No open task " + taskKey + " in your queues");
    }
}
