package org.arflow.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.arflow.claims.Claim;

/** The facts of a task's claim that its queue sorts and filters by, copied onto the task. */
record ClaimContext(String payerName, BigDecimal billedAmount, BigDecimal balance, LocalDate serviceDate,
                    LocalDate timelyFilingDeadline, LocalDate appealDeadline, String claimPriority,
                    boolean payerAcknowledged) {

    static ClaimContext of(Claim claim, boolean payerAcknowledged) {
        return new ClaimContext(claim.payerName(), claim.billedAmount(), claim.balance(), claim.serviceFrom(),
                claim.timelyFilingDeadline(), claim.appealDeadline(), claim.priority(), payerAcknowledged);
    }

    /** A task without a claim in arflow (a process started elsewhere): what its variables tell. */
    static ClaimContext ofVariables(Map<String, Object> variables) {
        Object payer = variables.get("payerName");
        BigDecimal billed = variables.get("billedAmount") == null ? null
                : new BigDecimal(variables.get("billedAmount").toString());
        return new ClaimContext(payer == null ? null : payer.toString(), billed, billed, null, null, null, "NORMAL",
                acknowledged(variables));
    }

    /** The process knows whether the payer has the claim; until it does, timely filing is at stake. */
    static boolean acknowledged(Map<String, Object> variables) {
        return Boolean.TRUE.equals(variables.get("payerAcknowledged"));
    }
}
