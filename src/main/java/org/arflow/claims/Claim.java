package org.arflow.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A claim sent to a payer and followed up until it is resolved. */
public record Claim(long id, String claimId, String patientName, String payerName, LocalDate dateOfService,
                    BigDecimal billedAmount, BigDecimal balance, ClaimStatus status, Long processInstanceKey,
                    OffsetDateTime submittedAt, OffsetDateTime updatedAt) {
}
