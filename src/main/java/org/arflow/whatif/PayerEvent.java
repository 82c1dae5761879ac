package org.arflow.whatif;

import java.util.Map;

/** A message a simulated payer sends on a given day (a remittance, a status, an appeal decision). */
final class PayerEvent {

    final int day;
    final long order;
    final SimClaim claim;
    final String message;
    final Map<String, Object> variables;
    /** Dollars this answer pays (counted when it is sent, whether or not the process is waiting). */
    final java.math.BigDecimal pays;
    boolean cancelled;

    PayerEvent(int day, long order, SimClaim claim, String message, Map<String, Object> variables,
               java.math.BigDecimal pays) {
        this.day = day;
        this.order = order;
        this.claim = claim;
        this.message = message;
        this.variables = variables;
        this.pays = pays;
    }
}
