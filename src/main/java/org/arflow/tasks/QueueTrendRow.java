package org.arflow.tasks;

import java.time.LocalDate;

/** Open tasks of one task type and team at the end of one office day. */
public record QueueTrendRow(LocalDate day, String taskType, String team, long open) {
}
