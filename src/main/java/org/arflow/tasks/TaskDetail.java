package org.arflow.tasks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arflow.claims.Claim;
import org.arflow.claims.ClaimEvent;
import org.arflow.claims.ClaimRemittance;

/**
 * Everything a person needs to work one task: the task, who holds it, its claim with money and
 * deadlines, the claim's timeline and remittances, its other open steps, and the form to fill in
 * (empty when arflow has no form for this kind of task).
 */
public record TaskDetail(QueueTask task, String assigneeName, Map<String, Object> variables, Optional<Claim> claim,
                         List<ClaimEvent> timeline, List<ClaimRemittance> remittances, List<QueueTask> claimTasks,
                         Optional<TaskForm> form, PriorityScore score) {
}
