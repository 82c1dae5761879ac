package org.arflow.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a queue shows: task type (BPMN element id), payer, aging bucket, balance range, due by,
 * claim id (prefix) and, for supervisors looking across teams, one team. Every part is optional.
 */
public record QueueFilter(String taskType, String payer, AgingBucket aging, BigDecimal minBalance,
                          BigDecimal maxBalance, LocalDate dueBy, String claimId, String team) {

    public static QueueFilter none() {
        return new QueueFilter(null, null, null, null, null, null, null, null);
    }

    public QueueFilter {
        taskType = blankToNull(taskType);
        payer = blankToNull(payer);
        claimId = blankToNull(claimId);
        team = blankToNull(team);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
