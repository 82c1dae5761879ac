package org.arflow.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A task as a queue lists it: the step, its claim's money and deadlines, who holds it, its score. */
public record QueueTask(long taskKey, String claimId, String name, String taskType, String form, String stage,
                        List<String> candidateGroups, String assignee, OffsetDateTime claimedAt,
                        OffsetDateTime snoozedUntil, OffsetDateTime dueAt, OffsetDateTime createdAt,
                        String payerName, BigDecimal billedAmount, BigDecimal balance, LocalDate serviceDate,
                        LocalDate timelyFilingDeadline, LocalDate appealDeadline, boolean payerAcknowledged,
                        String claimPriority, int priorityScore, String state) {

    ClaimContext context() {
        return new ClaimContext(payerName, billedAmount, balance, serviceDate, timelyFilingDeadline, appealDeadline,
                claimPriority, payerAcknowledged);
    }

    /** Today's score with its reasons, in words (what the queue's tooltip shows). */
    public PriorityScore score(LocalDate today) {
        return PriorityScore.of(context(), today);
    }

    public boolean isOpen() {
        return "OPEN".equals(state);
    }

    /** The task as someone outside its teams sees it beside their own: "a task of team X", no key, no holder. */
    QueueTask asSeenByAnotherTeam() {
        return new QueueTask(0, claimId, "A task of team " + String.join(", ", candidateGroups), taskType, form, stage,
                candidateGroups, null, null, snoozedUntil, dueAt, createdAt, payerName, billedAmount, balance,
                serviceDate, timelyFilingDeadline, appealDeadline, payerAcknowledged, claimPriority, priorityScore, state);
    }
}
