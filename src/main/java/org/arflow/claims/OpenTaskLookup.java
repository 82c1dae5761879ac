package org.arflow.claims;

import java.time.OffsetDateTime;
import java.util.List;

/** The open human tasks of a claim; the task list implements it (claims does not depend on tasks). */
public interface OpenTaskLookup {

    /** An open task of a claim, as shown with the claim. */
    record OpenTask(long taskKey, String name, List<String> candidateGroups, String assignee, OffsetDateTime dueAt) {
    }

    List<OpenTask> openTasks(String claimId);
}
