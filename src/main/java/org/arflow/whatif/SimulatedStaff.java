package org.arflow.whatif;

import java.util.HashMap;
import java.util.Map;

/**
 * The billers and supervisors of a what-if run: each human task is done one to three office days after it
 * appears, with the outcome its form asks for. Calls tell the truth the simulated payer knows (a claim it
 * never received is "not on file"; a pending documentation request is found); decisions are drawn from the
 * claim's own seeded dice.
 */
final class SimulatedStaff {

    private final SimulatedPayers payers;

    SimulatedStaff(SimulatedPayers payers) {
        this.payers = payers;
    }

    int handlingDays(SimClaim c) {
        return 1 + c.staffDice.nextInt(3);
    }

    /** The variables the task's form would return (the form header names it), as a person would fill it. */
    Map<String, Object> outcome(String form, SimClaim c, int day) {
        Map<String, Object> v = new HashMap<>();
        v.put("notes", "simulated");
        switch (form == null ? "" : form) {
            case "payer-follow-up" -> {
                v.put("followUpOutcome", followUpCall(c));
                v.put("callReference", "SIM");
                v.put("nextFollowUpDays", null);
            }
            case "documentation" -> v.put("documentsSent", "medical records");
            case "prepare-appeal" -> v.put("appealSummary", "medical necessity");
            case "approve-appeal" -> v.put("appealApproved", chance(c, 0.85));
            case "appeal-follow-up" -> v.put("appealDecision", appealCall(c, day));
            case "correct-and-resubmit" -> v.put("correctionOutcome", chance(c, 0.9) ? "RESUBMITTED" : "WRITE_OFF_REVIEW");
            case "verify-coverage" -> {
                double d = c.staffDice.nextDouble();
                v.put("coverageOutcome", d < 0.5 ? "OTHER_PAYER_BILLED" : d < 0.8 ? "PATIENT" : "WRITE_OFF_REVIEW");
            }
            case "underpayment" -> v.put("underpaymentOutcome", chance(c, 0.5) ? "DISPUTED" : "ACCEPTED");
            case "write-off" -> {
                boolean approved = chance(c, 0.8);
                v.put("writeOffDecision", approved ? "APPROVED" : "SENT_BACK");
                v.put("writeOffReason", approved ? "simulated" : null);
                v.put("instructions", approved ? null : "simulated");
            }
            case "silent-payer" -> {
                v.put("escalationOutcome", chance(c, 0.7) ? "KEEP_FOLLOWING_UP" : "WRITE_OFF_REVIEW");
                v.put("nextFollowUpDays", null);
            }
            case "work-denial" -> {
                double d = c.staffDice.nextDouble();
                v.put("denialOutcome", d < 0.5 ? "RESUBMITTED" : d < 0.7 ? "APPEAL" : "WRITE_OFF_REVIEW");
            }
            case "credit-balance" -> v.put("creditOutcome", "AWAIT_RECOUPMENT");
            case "approve-refund" -> v.put("refundApproved", true);
            default -> {
                // rework, timely-filing risk and forms a draft adds: notes only
            }
        }
        return v;
    }

    private String followUpCall(SimClaim c) {
        if (c.lost && !c.resubmitted) {
            return "NOT_ON_FILE";
        }
        PayerEvent next = c.pendingAnswer;
        if (next != null && !next.cancelled && SimulatedPayers.STATUS.equals(next.message)
                && "P3".equals(next.variables.get("statusCategory"))) {
            next.cancelled = true; // the biller learnt of the request on the phone
            c.pendingAnswer = null;
            return "DOCUMENTATION_REQUESTED";
        }
        return "PENDING";
    }

    private String appealCall(SimClaim c, int day) {
        PayerEvent decision = c.pendingAppealDecision;
        if (decision != null && !decision.cancelled && decision.day <= day + 14) {
            boolean won = "WON".equals(decision.variables.get("appealDecision"));
            payers.appealDecided(c, won, day);
            return won ? "WON" : "LOST";
        }
        return "PENDING";
    }

    private static boolean chance(SimClaim c, double p) {
        return c.staffDice.nextDouble() < p;
    }
}
