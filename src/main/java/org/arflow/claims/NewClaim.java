package org.arflow.claims;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.arflow.payers.PayerClass;

/**
 * What it takes to submit a claim for follow-up. claimId is the provider's claim id (CLM01).
 * payerClass is used only when the payer is new to arflow; serviceTo defaults to serviceFrom.
 */
public record NewClaim(
        @NotBlank @Size(max = 38) String claimId,
        @NotNull @Valid PatientRef patient,
        @NotBlank @Size(max = 120) String payerName,
        PayerClass payerClass,
        @NotNull @PastOrPresent LocalDate serviceFrom,
        @PastOrPresent LocalDate serviceTo,
        @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal billedAmount,
        @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal expectedAmount,
        List<@Valid ServiceLine> serviceLines) {

    /** The patient the claim is for. */
    public record PatientRef(@NotBlank @Size(max = 60) String firstName, @NotBlank @Size(max = 60) String lastName,
                             @PastOrPresent LocalDate birthDate, @Size(max = 40) String memberId) {
    }

    public LocalDate serviceToOrFrom() {
        return serviceTo == null ? serviceFrom : serviceTo;
    }

    public List<ServiceLine> lines() {
        return serviceLines == null ? List.of() : serviceLines;
    }
}
