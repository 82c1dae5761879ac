package org.arflow.patientbilling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment from a patient. reference (receipt, check or card transaction number) makes recording it
 * idempotent; claimId, when given, is the claim it pays first.
 */
public record PatientPayment(@NotNull @Positive BigDecimal amount, @NotNull LocalDate paidOn,
                             @NotBlank @Size(max = 30) String method, @NotBlank @Size(max = 80) String reference,
                             @Size(max = 50) String claimId) {
}
