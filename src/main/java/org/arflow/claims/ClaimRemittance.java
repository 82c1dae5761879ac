package org.arflow.claims;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a payer's remittance (835 CLP) says about one claim. reference identifies the remittance
 * (e.g. trace number + CLP position) and makes posting idempotent.
 */
public record ClaimRemittance(
        @NotBlank @Size(max = 80) String reference,
        @NotBlank @Size(max = 2) String statusCode,
        @NotNull BigDecimal charge,
        @NotNull BigDecimal paid,
        BigDecimal patientResponsibility,
        @Size(max = 50) String payerClaimControlNumber,
        @NotNull LocalDate receivedOn,
        List<@Valid Adjustment> adjustments,
        List<String> remarkCodes) {

    public List<Adjustment> adjustmentsOrEmpty() {
        return adjustments == null ? List.of() : adjustments;
    }

    public List<String> remarkCodesOrEmpty() {
        return remarkCodes == null ? List.of() : remarkCodes;
    }

    public BigDecimal patientResponsibilityOrZero() {
        return patientResponsibility == null ? BigDecimal.ZERO : patientResponsibility;
    }

    public boolean isReversal() {
        return "22".equals(statusCode);
    }
}
