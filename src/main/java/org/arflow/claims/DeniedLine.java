package org.arflow.claims;

import java.math.BigDecimal;
import java.util.List;

/**
 * One amount of a remittance that somebody must work: a CO, OA or PI adjustment that is not on the
 * no-work list, at claim level (line 0) or on a service line, with the remark codes that refine it.
 */
public record DeniedLine(int line, String procedureCode, String group, String reason, BigDecimal amount,
                         List<String> remarkCodes) {

    /** "Line 2 (99213): CO-204 100.00, CARC 204: ...; RARC N130" in the billers' words. */
    public String describe() {
        StringBuilder text = new StringBuilder(line == 0 ? "Claim level" : "Line " + line);
        if (procedureCode != null) {
            text.append(" (").append(procedureCode).append(')');
        }
        text.append(": ").append(group).append('-').append(reason).append(' ').append(amount.toPlainString())
                .append(", ").append(AdjustmentReasons.describe(reason));
        if (!remarkCodes.isEmpty()) {
            text.append("; ").append(String.join(", ", remarkCodes.stream().map(AdjustmentReasons::describeRemark).toList()));
        }
        return text.toString();
    }
}
