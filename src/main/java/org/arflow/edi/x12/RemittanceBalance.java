package org.arflow.edi.x12;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the three balancing rules of the 835 guide. A remittance that does not balance must
 * not be posted silently: the caller flags it for a person. Amounts are compared with
 * {@code compareTo}, so 10.0 and 10.00 are equal; nothing is rounded.
 */
public final class RemittanceBalance {

    public List<BalanceProblem> check(Remittance remittance) {
        List<BalanceProblem> problems = new ArrayList<>();
        String transaction = remittance.transactionControlNumber();
        BigDecimal paidOnClaims = BigDecimal.ZERO;
        for (ClaimPayment claim : remittance.claims()) {
            checkClaim(transaction, claim, problems);
            paidOnClaims = paidOnClaims.add(claim.paid());
        }
        BigDecimal providerAdjustments = remittance.providerAdjustments().stream()
                .map(ProviderAdjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expected = paidOnClaims.subtract(providerAdjustments);
        // BPR02 is always positive; a debit (BPR03 = D) means the money flows back to the payer
        BigDecimal actual = "D".equals(remittance.creditDebitFlag())
                ? remittance.paymentAmount().negate() : remittance.paymentAmount();
        if (expected.compareTo(actual) != 0) {
            problems.add(new BalanceProblem(BalanceProblem.Level.TRANSACTION, transaction, null, null, expected,
                    actual, "Transaction " + transaction + ": claim payments " + paidOnClaims.toPlainString()
                            + " minus provider adjustments " + providerAdjustments.toPlainString() + " make "
                            + expected.toPlainString() + ", but the payment (BPR02) is " + actual.toPlainString()
                            + "."));
        }
        return List.copyOf(problems);
    }

    private static void checkClaim(String transaction, ClaimPayment claim, List<BalanceProblem> problems) {
        BigDecimal adjusted = Adjustment.total(claim.adjustments());
        int lineNumber = 0;
        for (ServiceLinePayment line : claim.serviceLines()) {
            lineNumber++;
            BigDecimal lineAdjusted = Adjustment.total(line.adjustments());
            adjusted = adjusted.add(lineAdjusted);
            BigDecimal expected = line.charge().subtract(lineAdjusted);
            if (expected.compareTo(line.paid()) != 0) {
                problems.add(new BalanceProblem(BalanceProblem.Level.SERVICE_LINE, transaction, claim.claimId(),
                        lineNumber, expected, line.paid(), "Claim " + claim.claimId() + ", service line "
                                + lineNumber + ": charge " + line.charge().toPlainString() + " minus line adjustments "
                                + lineAdjusted.toPlainString() + " make " + expected.toPlainString()
                                + ", but the line payment (SVC03) is " + line.paid().toPlainString() + "."));
            }
        }
        BigDecimal expected = claim.charge().subtract(adjusted);
        if (expected.compareTo(claim.paid()) != 0) {
            problems.add(new BalanceProblem(BalanceProblem.Level.CLAIM, transaction, claim.claimId(), null, expected,
                    claim.paid(), "Claim " + claim.claimId() + ": charge " + claim.charge().toPlainString()
                            + " minus claim and line adjustments " + adjusted.toPlainString() + " make "
                            + expected.toPlainString() + ", but the claim payment (CLP04) is "
                            + claim.paid().toPlainString() + "."));
        }
    }
}
