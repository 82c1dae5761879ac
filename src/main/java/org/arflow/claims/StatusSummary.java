package org.arflow.claims;

import java.math.BigDecimal;

/** How many claims stand at a status, and the balance they carry. */
public record StatusSummary(ClaimStatus status, long claims, BigDecimal balance) {
}
