package org.arflow.claims;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.arflow.input.Identifiers;

/**
 * What a payer's remittance (835 CLP) says about one claim. reference identifies the remittance
 * (e.g. trace number + CLP position) and makes posting idempotent.
 */
public record ClaimRemittance(
        @NotBlank @Size(max = 80) @Pattern(regexp = Identifiers.ID, message = Identifiers.ID_MESSAGE) String reference,
        @NotBlank @Size(max = 2) String statusCode,
        @NotNull BigDecimal charge,
        @NotNull BigDecimal paid,
        BigDecimal patientResponsibility,
        @Size(max = 50) @Pattern(regexp = Identifiers.ID, message = Identifiers.ID_MESSAGE) String payerClaimControlNumber,
        @NotNull LocalDate receivedOn,
        List<@Valid Adjustment> adjustments,
        List<String> remarkCodes,
        List<@Valid RemittanceLine> lines) {

    /** What the payer did with one service line (835 SVC with its CAS and LQ remarks). */
    public record RemittanceLine(String procedureCode, List<String> modifiers, BigDecimal charge, BigDecimal paid,
                                 BigDecimal units, LocalDate serviceDate, List<@Valid Adjustment> adjustments,
                                 List<String> remarkCodes) {
    }

    public List<RemittanceLine> linesOrEmpty() {
        return lines == null ? List.of() : lines;
    }

    /** Claim-level and line-level adjustments together: many payers adjust only at line level. */
    public List<Adjustment> allAdjustments() {
        List<Adjustment> all = new java.util.ArrayList<>(adjustmentsOrEmpty());
        linesOrEmpty().forEach(l -> all.addAll(l.adjustments() == null ? List.of() : l.adjustments()));
        return all;
    }

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
