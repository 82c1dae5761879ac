package org.arflow.edi;

import java.math.BigDecimal;
import org.arflow.edi.x12.ClaimPayment;
import org.arflow.edi.x12.Remittance;

/**
 * Money that parses and may even balance, but makes no sense for the claim: a negative payment or
 * charge outside a reversal, or more paid than charged. Such a claim is held for a person, never
 * posted (it would close the claim "paid in full" with a negative balance).
 */
final class ImplausibleMoney {

    private ImplausibleMoney() {
    }

    /** What is wrong, with the claim's place in the file; null when the money is plausible. */
    static String problem(Remittance r, ClaimPayment clp, int position) {
        String where = "Transaction " + r.transactionControlNumber() + ", claim " + position + " (CLP " + clp.claimId()
                + ")";
        if (clp.isReversal()) {
            // a reversal carries the original amounts negated
            return clp.paid().abs().compareTo(clp.charge().abs()) > 0
                    ? where + ": the reversal takes back " + clp.paid().negate().toPlainString()
                      + ", more than the charge " + clp.charge().abs().toPlainString()
                    : null;
        }
        if (clp.charge().signum() < 0) {
            return where + ": the charge (CLP03) " + clp.charge().toPlainString() + " is negative outside a reversal";
        }
        if (clp.paid().signum() < 0) {
            return where + ": the payment (CLP04) " + clp.paid().toPlainString() + " is negative under status "
                    + clp.statusCode() + " (only a reversal, status 22, takes money back)";
        }
        BigDecimal interest = clp.interest() == null ? BigDecimal.ZERO : clp.interest().max(BigDecimal.ZERO);
        if (clp.paid().compareTo(clp.charge().add(interest)) > 0) {
            return where + ": the payment (CLP04) " + clp.paid().toPlainString() + " is more than the charge (CLP03) "
                    + clp.charge().toPlainString();
        }
        return null;
    }
}
