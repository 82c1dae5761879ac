package org.arflow.claims;

import java.math.BigDecimal;

/** How many claims stand at a stage, and the balance they carry. */
public record StageSummary(ClaimStage stage, long claims, BigDecimal balance) {
}
