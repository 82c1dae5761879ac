package org.arflow.claims;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A payer's claim status (277 / 277CA STC): category code (A1, P3, F2 ...), status code, and the
 * payer's deadline when it asks for documentation.
 */
public record ClaimStatusResponse(
        @NotBlank @Size(max = 80) String reference,
        @NotBlank @Pattern(regexp = "[A-Z][0-9A-Z]{1,2}", message = "must be a 277 category code such as A1 or P3")
        String category,
        @Size(max = 10) String statusCode,
        @NotNull LocalDate receivedOn,
        LocalDate documentationDeadline) {
}
