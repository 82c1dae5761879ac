package org.arflow.claims;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.arflow.input.Identifiers;
import org.arflow.payers.PayerClass;

/**
 * What it takes to submit a claim for follow-up. claimId is the provider's claim id (CLM01).
 * Amounts are checked by {@link MoneyRules}, identifiers by {@link Identifiers}, on every way in.
 * payerClass is used only when the payer is new to arflow; serviceTo defaults to serviceFrom.
 */
public record NewClaim(
        @NotBlank @Size(max = 38) @Pattern(regexp = Identifiers.ID, message = Identifiers.ID_MESSAGE) String claimId,
        @NotNull @Valid PatientRef patient,
        @NotBlank @Size(max = 120) @Pattern(regexp = Identifiers.TEXT, message = Identifiers.TEXT_MESSAGE) String payerName,
        PayerClass payerClass,
        @NotNull @PastOrPresent LocalDate serviceFrom,
        @PastOrPresent LocalDate serviceTo,
        @NotNull @DecimalMin("0.01") BigDecimal billedAmount,
        BigDecimal expectedAmount,
        List<@Valid ServiceLine> serviceLines) {

    /** The patient the claim is for. */
    public record PatientRef(@NotBlank @Size(max = 60) @Pattern(regexp = Identifiers.TEXT, message = Identifiers.TEXT_MESSAGE)
                             String firstName,
                             @NotBlank @Size(max = 60) @Pattern(regexp = Identifiers.TEXT, message = Identifiers.TEXT_MESSAGE)
                             String lastName,
                             @PastOrPresent LocalDate birthDate,
                             @Size(max = 40) @Pattern(regexp = Identifiers.ID, message = Identifiers.ID_MESSAGE) String memberId) {
    }

    public LocalDate serviceToOrFrom() {
        return serviceTo == null ? serviceFrom : serviceTo;
    }

    public List<ServiceLine> lines() {
        return serviceLines == null ? List.of() : serviceLines;
    }
}
