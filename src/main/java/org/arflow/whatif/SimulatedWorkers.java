package org.arflow.whatif;

import io.camunda.client.api.response.ActivatedJob;
import java.math.BigDecimal;

/** The app's job workers in a what-if run: they set no variables; some tell the payer or count for the figures. */
final class SimulatedWorkers {

    private final SimulatedPayers payers;

    SimulatedWorkers(SimulatedPayers payers) {
        this.payers = payers;
    }

    /** What the app's worker of this job type means for the payer and for the figures. */
    void step(ActivatedJob job, SimClaim c, int day) {
        switch (job.getType()) {
            case "request-status-inquiry" -> payers.inquiry(c, day);
            case "send-documentation" -> payers.documentationSent(c, day);
            case "record-resubmission" -> payers.resubmitted(c, day);
            case "submit-appeal" -> payers.appealSubmitted(c, day);
            case "record-underpayment-dispute" -> payers.disputeFiled(c, day, shortfall(job));
            case "record-timely-filing-lapse" -> c.lapsed = true;
            case "close-claim", "hand-off-patient-balance", "write-off-claim", "record-other-payer-billed" -> {
                if (c.resolvedDay == null) {
                    c.resolvedDay = day;
                }
            }
            default -> {
                // recording steps (stage, timeline, priority) change nothing the payer sees
            }
        }
    }

    private static BigDecimal shortfall(ActivatedJob job) {
        Object value = job.getVariablesAsMap().get("allowedShortfall");
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
