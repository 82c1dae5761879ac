package org.arflow.whatif;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What one side of a what-if run produced. Days to resolution count from submission to a resolved
 * stage (closed, patient balance, written off, billed to another payer), over the resolved claims only;
 * {@code unresolved} claims were still open at the horizon. Touches are completed human tasks.
 * Collected: payer payments within 30/60/90 days of submission. Work per queue: completed tasks by task.
 */
public record SideResult(String label, int claims, int resolved, int unresolved, double meanDaysToResolution,
                         double p90DaysToResolution, double touchesPerClaim, int pastTimelyFiling,
                         BigDecimal collected30, BigDecimal collected60, BigDecimal collected90,
                         BigDecimal billed, Map<String, Integer> tasksByType, long wallMillis) {
}
