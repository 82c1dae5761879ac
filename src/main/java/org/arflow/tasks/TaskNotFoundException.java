package org.arflow.tasks;

class TaskNotFoundException extends RuntimeException {
    TaskNotFoundException(long taskKey) {
        super("No open task " + taskKey + " in your queues");
    }
}
