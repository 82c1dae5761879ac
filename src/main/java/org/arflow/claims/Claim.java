package org.arflow.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A claim sent to a payer and followed up until it is resolved. balance is what the payer still
 * owes: billed minus paid, minus contractual and other adjustments, minus what moved to the patient.
 */
public record Claim(long id, String claimId, long patientId, String patientName, long payerId, String payerName,
                    LocalDate serviceFrom, LocalDate serviceTo, BigDecimal billedAmount, BigDecimal expectedAmount,
                    BigDecimal paidAmount, BigDecimal patientResponsibility, BigDecimal adjustedAmount,
                    BigDecimal balance, ClaimStage stage, String priority, LocalDate timelyFilingDeadline,
                    LocalDate appealDeadline, Long processInstanceKey, OffsetDateTime submittedAt,
                    OffsetDateTime updatedAt, OffsetDateTime closedAt) {
}
