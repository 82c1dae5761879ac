package org.arflow.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.arflow.input.InvalidInputException;

/**
 * The one money check for every way in (JSON API, 835, 837, patient payments): an amount has at most two
 * decimals and ten digits before the point (the columns are numeric(12,2); units numeric(8,2)), so nothing is
 * rounded silently or overflows the database. Negative amounts only where X12 has them: a reversal (CLP02 22)
 * negates the original, and adjustments (CAS, PLB) may be negative. A claim status code must be one of 835's.
 */
public final class MoneyRules {

    /** CLP02 claim status codes of the 835 (X12 005010X221A1). */
    public static final Set<String> CLAIM_STATUS_CODES = Set.of("1", "2", "3", "4", "19", "20", "21", "22", "23", "25");
    private static final int INTEGER_DIGITS = 10;
    private static final int UNIT_DIGITS = 6;

    private MoneyRules() {
    }

    /** An amount that is never negative (a charge, a payment). */
    public static void amount(String field, BigDecimal value) {
        signedAmount(field, value);
        if (value != null && value.signum() < 0) {
            throw new InvalidInputException(field, "must not be negative");
        }
    }

    /** An amount that may be negative (an adjustment, a reversal). */
    public static void signedAmount(String field, BigDecimal value) {
        fits(field, value, INTEGER_DIGITS);
    }

    public static void units(String field, BigDecimal value) {
        fits(field, value, UNIT_DIGITS);
        if (value != null && value.signum() < 0) {
            throw new InvalidInputException(field, "must not be negative");
        }
    }

    /** A payment from a patient: more than zero, and it fits. */
    public static void payment(String field, BigDecimal value) {
        amount(field, value);
        if (value != null && value.signum() == 0) {
            throw new InvalidInputException(field, "must be more than 0");
        }
    }

    /** What a payer said about a claim, as the 835 allows it (JSON and 835 alike). */
    public static void remittance(ClaimRemittance r) {
        if (r.statusCode() == null || !CLAIM_STATUS_CODES.contains(r.statusCode())) {
            throw new InvalidInputException("statusCode", "must be an 835 claim status code (CLP02: "
                    + String.join(", ", CLAIM_STATUS_CODES.stream().sorted(MoneyRules::numeric).toList()) + ")");
        }
        boolean reversal = r.isReversal();
        claimAmount("charge", r.charge(), reversal);
        claimAmount("paid", r.paid(), reversal);
        claimAmount("patientResponsibility", r.patientResponsibility(), reversal);
        adjustments("adjustments", r.adjustmentsOrEmpty());
        List<ClaimRemittance.RemittanceLine> lines = r.linesOrEmpty();
        for (int i = 0; i < lines.size(); i++) {
            ClaimRemittance.RemittanceLine line = lines.get(i);
            String at = "lines[" + i + "].";
            claimAmount(at + "charge", line.charge(), reversal);
            claimAmount(at + "paid", line.paid(), reversal);
            fits(at + "units", line.units(), UNIT_DIGITS); // a reversal negates the units too
            adjustments(at + "adjustments", line.adjustments() == null ? List.of() : line.adjustments());
        }
    }

    /** A claim as submitted (JSON and 837 alike): charges and units never negative, and they fit. */
    public static void newClaim(NewClaim c) {
        amount("billedAmount", c.billedAmount());
        amount("expectedAmount", c.expectedAmount());
        List<ServiceLine> lines = c.lines();
        for (int i = 0; i < lines.size(); i++) {
            amount("serviceLines[" + i + "].charge", lines.get(i).charge());
            units("serviceLines[" + i + "].units", lines.get(i).units());
        }
    }

    private static void claimAmount(String field, BigDecimal value, boolean reversal) {
        if (reversal) {
            signedAmount(field, value);
        } else {
            amount(field, value);
        }
    }

    private static void adjustments(String field, List<Adjustment> adjustments) {
        for (int i = 0; i < adjustments.size(); i++) {
            signedAmount(field + "[" + i + "].amount", adjustments.get(i).amount());
            signedAmount(field + "[" + i + "].quantity", adjustments.get(i).quantity());
        }
    }

    private static void fits(String field, BigDecimal value, int integerDigits) {
        if (value == null) {
            return;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, "has more than 2 decimals (" + value.toPlainString() + ")");
        }
        if (value.precision() - value.scale() > integerDigits) {
            throw new InvalidInputException(field, "is too large (at most " + integerDigits + " digits before the point)");
        }
    }

    private static int numeric(String a, String b) {
        return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
}
