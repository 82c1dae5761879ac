package org.arflow.edi.x12;

import java.math.BigDecimal;

/**
 * A place where an 835 does not add up. {@code expected} is what the parts add up to,
 * {@code actual} what the file states as paid. {@code claimId} is null for the transaction
 * level; {@code lineNumber} (1-based position of the SVC inside its claim) is null above the
 * line level. {@code description} says the same in plain words.
 */
public record BalanceProblem(Level level, String transactionControlNumber, String claimId, Integer lineNumber,
        BigDecimal expected, BigDecimal actual, String description) {

    public enum Level {
        /** SVC02 minus the line's CAS amounts is not SVC03. */
        SERVICE_LINE,
        /** CLP03 minus all CAS amounts of the claim and its lines is not CLP04. */
        CLAIM,
        /** The sum of CLP04 minus the sum of PLB amounts is not BPR02. */
        TRANSACTION
    }

    /** The amount by which the stated payment misses the computed one. */
    public BigDecimal difference() {
        return actual.subtract(expected);
    }
}
