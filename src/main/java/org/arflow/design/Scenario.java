package org.arflow.design;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One path of a claim through claim-follow-up, as the lifecycle tests walk it: what the payer and the
 * people do, step by step, and the end event the claim must reach. Run on a scratch engine.
 */
record Scenario(String name, Set<String> touches, Map<String, Object> claim, List<Step> steps, String expectedEnd) {

    sealed interface Step {
    }

    /** The payer's 835 for the claim: message remittance-received with what posting would send. */
    record Remit(Map<String, Object> variables) implements Step {
    }

    /** The payer's 277 status: message claim-status-received. */
    record Status(String category) implements Step {
    }

    /** The payer's appeal decision: message appeal-decision-received. */
    record AppealDecision(boolean won) implements Step {
    }

    /** A person completes the claim's open task at this element with this outcome. */
    record Complete(String elementId, Map<String, Object> outcome) implements Step {
    }

    /**
     * The payer stays silent: days pass (timers fire) until the task {@code untilTask} is open; other
     * tasks that open meanwhile are completed with the outcome given for them.
     */
    record Silence(String untilTask, Map<String, Map<String, Object>> meanwhile) implements Step {
    }
}
