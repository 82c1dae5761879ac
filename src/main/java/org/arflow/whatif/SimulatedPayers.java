package org.arflow.whatif;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.arflow.claims.Adjustment;
import org.arflow.claims.ClaimRemittance;
import org.arflow.claims.FollowUpContract;
import org.arflow.claims.PostingPolicy;
import org.arflow.simulation.PayerResponse;

/**
 * The payers of a what-if run. They answer what arflow sends them (claims, corrected claims, documents,
 * 276 inquiries, appeals, disputes) by the payer-behaviour model, with the same messages the app publishes
 * when it posts an 835 or a 277 or records an appeal decision.
 */
final class SimulatedPayers {

    static final String REMITTANCE = "remittance-received";
    static final String STATUS = "claim-status-received";
    static final String APPEAL_DECISION = "appeal-decision-received";
    private static final double APPEAL_WIN_RATE = 0.5;
    private static final double DISPUTE_WIN_RATE = 0.6;

    private final PriorityQueue<PayerEvent> queue =
            new PriorityQueue<>(Comparator.<PayerEvent>comparingInt(e -> e.day).thenComparingLong(e -> e.order));
    private final double statusAnswerRate;
    private final PostingPolicy policy;
    private long order;

    SimulatedPayers(double statusAnswerRate, PostingPolicy policy) {
        this.statusAnswerRate = statusAnswerRate;
        this.policy = policy;
    }

    void submitted(SimClaim c, int day) {
        if (!c.lost) {
            c.pendingAnswer = answer(c, day, true);
        }
    }

    void resubmitted(SimClaim c, int day) {
        c.resubmitted = true;
        c.pendingAnswer = answer(c, day, true);
    }

    void documentationSent(SimClaim c, int day) {
        c.pendingAnswer = answer(c, day, false);
    }

    /** A 276: some payers answer with a 277 within days, the others stay silent. */
    void inquiry(SimClaim c, int day) {
        if (c.payerDice.nextDouble() >= statusAnswerRate) {
            return;
        }
        PayerEvent next = c.pendingAnswer;
        String category = c.lost && !c.resubmitted ? "A4"
                : next != null && !next.cancelled && REMITTANCE.equals(next.message) && next.day - day <= 7 ? "F1" : "P1";
        schedule(c, day + 1 + c.payerDice.nextInt(3), STATUS, status(category), BigDecimal.ZERO);
    }

    void appealSubmitted(SimClaim c, int day) {
        boolean won = c.payerDice.nextDouble() < APPEAL_WIN_RATE;
        c.pendingAppealDecision = schedule(c, day + 20 + c.payerDice.nextInt(26), APPEAL_DECISION,
                Map.of("appealDecision", won ? "WON" : "LOST"), BigDecimal.ZERO);
    }

    void disputeFiled(SimClaim c, int day, BigDecimal shortfall) {
        BigDecimal paid = c.payerDice.nextDouble() < DISPUTE_WIN_RATE ? shortfall : BigDecimal.ZERO;
        c.pendingAnswer = schedule(c, day + 20 + c.payerDice.nextInt(21), REMITTANCE,
                remittance("1", null, paid, BigDecimal.ZERO, null, c, day), paid);
    }

    /** The payer's decision on an appeal, learnt by a biller's call or sent by the payer: a win pays. */
    void appealDecided(SimClaim c, boolean won, int day) {
        if (c.pendingAppealDecision != null) {
            c.pendingAppealDecision.cancelled = true;
            c.pendingAppealDecision = null;
        }
        if (won) {
            BigDecimal patient = money(c.expected.doubleValue() * c.claim.payer().patientShare());
            BigDecimal paid = c.expected.subtract(patient);
            c.pendingAnswer = schedule(c, day + 10 + c.payerDice.nextInt(11), REMITTANCE,
                    remittance("1", null, paid, patient, null, c, day), paid);
        }
    }

    /** Messages due by {@code day}, in the order the payers sent them; each is counted as sent. */
    List<PayerEvent> due(int day) {
        List<PayerEvent> due = new ArrayList<>();
        while (!queue.isEmpty() && queue.peek().day <= day) {
            PayerEvent e = queue.poll();
            if (e.cancelled) {
                continue;
            }
            due.add(e);
            e.claim.paid(e.pays, e.day);
            if (e == e.claim.pendingAnswer) {
                e.claim.pendingAnswer = null;
            }
            if (APPEAL_DECISION.equals(e.message)) {
                c(e).pendingAppealDecision = null;
                appealDecided(c(e), "WON".equals(e.variables.get("appealDecision")), e.day);
            } else if ("18".equals(e.variables.get("denialReason"))) {
                // a duplicate denial: the original claim is still in process and gets its own answer
                c(e).pendingAnswer = answer(c(e), e.day, false);
            }
        }
        return due;
    }

    private static SimClaim c(PayerEvent e) {
        return e.claim;
    }

    private PayerEvent answer(SimClaim c, int day, boolean documentationAllowed) {
        PayerResponse r = c.payerAnswers.respond(c.claim);
        for (int i = 0; i < 5 && !documentationAllowed && r.kind() == PayerResponse.Kind.DOCUMENTATION_REQUESTED; i++) {
            r = c.payerAnswers.respond(c.claim);
        }
        int at = day + (int) Math.ceil(r.days());
        return switch (r.kind()) {
            case DOCUMENTATION_REQUESTED -> schedule(c, at, STATUS, status("P3"), BigDecimal.ZERO);
            case DENIED -> schedule(c, at, REMITTANCE, remittance("4", r.denialReason(), BigDecimal.ZERO,
                    BigDecimal.ZERO, null, c, day), BigDecimal.ZERO);
            case PAID -> schedule(c, at, REMITTANCE, remittance("1", null, r.paid(), r.patientShare(), c.expected, c, day),
                    r.paid());
        };
    }

    private PayerEvent schedule(SimClaim c, int day, String message, Map<String, Object> variables, BigDecimal pays) {
        PayerEvent e = new PayerEvent(day, order++, c, message, variables, pays);
        queue.add(e);
        return e;
    }

    /**
     * The remittance-received variables of a simulated 835 claim payment, built by the same contract the posting
     * uses: a denial adjusts the whole charge with its reason; a payment adjusts what exceeds the expected amount
     * as contractual (CO-45). {@code expected} null: paid on a dispute or an appeal, nothing is compared.
     */
    private Map<String, Object> remittance(String statusCode, String denialReason, BigDecimal paid, BigDecimal patient,
                                           BigDecimal expected, SimClaim c, int day) {
        BigDecimal charge = c.claim.total();
        List<Adjustment> adjustments = new ArrayList<>();
        if (denialReason != null) {
            adjustments.add(new Adjustment("CO", denialReason, charge, null));
        } else if (expected != null && charge.compareTo(expected) > 0) {
            adjustments.add(new Adjustment("CO", "45", charge.subtract(expected), null));
        }
        ClaimRemittance r = new ClaimRemittance("SIM-" + c.index + "-" + day + "-" + order, statusCode, charge, paid,
                patient, null, LocalDate.of(2000, 1, 1).plusDays(day), adjustments, List.of(), List.of());
        return FollowUpContract.remittanceVariables(r, expected, charge, policy);
    }

    private static Map<String, Object> status(String category) {
        Map<String, Object> v = new HashMap<>();
        v.put("statusCategory", category);
        v.put("statusCode", null);
        v.put("documentationDeadline", null);
        return v;
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
