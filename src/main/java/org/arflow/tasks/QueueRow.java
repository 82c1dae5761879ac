package org.arflow.tasks;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One task type in one team's queue: open tasks now (count, balance, oldest, past due) and, over the
 * period, the median wait before someone claimed a task and the median time from claim to completion.
 * Medians are null when no task of the period was claimed / completed.
 */
public record QueueRow(String taskType, String team, long open, BigDecimal balance, OffsetDateTime oldest,
                       long pastDue, Duration medianWait, Duration medianHandling) {
}
