package org.arflow.tasks;

/** A queue filter someone saved under a name; sharedWith is the team that may use it too (or null). */
public record SavedFilter(long id, String owner, String name, String sharedWith, QueueFilter filter) {
}
