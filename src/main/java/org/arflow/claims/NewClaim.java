package org.arflow.claims;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What it takes to submit a claim for follow-up. claimId is the provider's claim id (CLM01). */
public record NewClaim(
        @NotBlank @Size(max = 38) String claimId,
        @NotBlank @Size(max = 120) String patientName,
        @NotBlank @Size(max = 120) String payerName,
        @NotNull @PastOrPresent LocalDate dateOfService,
        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2) BigDecimal billedAmount) {
}
