package org.arflow.claims;

import java.math.BigDecimal;
import java.util.Set;

/**
 * How a posting tells work from no work: the no-work list ("CO-45", ...) and the smallest
 * non-contractual amount that is a denied amount (arflow.remittance.denied-threshold, default 0.00).
 */
public record PostingPolicy(Set<String> noWork, BigDecimal threshold) {
}
