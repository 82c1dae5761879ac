package org.arflow.claims;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payer payment on a claim; the reference (check or EFT trace number) makes recording it idempotent. */
public record NewPayment(
        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @NotNull LocalDate paidOn,
        @NotBlank @Size(max = 80) String reference) {
}
