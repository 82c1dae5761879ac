package org.arflow.claims;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.arflow.input.Identifiers;

/** A billed service: CPT/HCPCS procedure code with modifiers, charge, units and date. */
public record ServiceLine(int lineNumber, @NotBlank @Size(max = 10) @Pattern(regexp = Identifiers.ID, message = Identifiers.ID_MESSAGE) String procedureCode,
                          @Size(max = 20) @Pattern(regexp = Identifiers.TEXT, message = Identifiers.TEXT_MESSAGE) String modifiers, @NotNull BigDecimal charge,
                          BigDecimal units, @PastOrPresent LocalDate serviceDate) {
}
