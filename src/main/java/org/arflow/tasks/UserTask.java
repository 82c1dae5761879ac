package org.arflow.tasks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A human step of a process, as the task list keeps it. taskKey is the engine's job key. */
public record UserTask(long taskKey, long processInstanceKey, String bpmnProcessId, String elementId, String name,
                       String claimId, List<String> candidateGroups, String assignee, OffsetDateTime dueAt,
                       String form, String stage, Map<String, Object> variables, String state,
                       OffsetDateTime createdAt) {
}
