package org.arflow.insights;

import java.math.BigDecimal;
import java.time.Instant;

/** A claim whose follow-up waits at an element now (claim facts null when the instance follows no claim). */
public record WaitingClaim(String claimId, String payer, BigDecimal billed, BigDecimal balance, Instant since,
                           long processInstanceKey) {
}
