package org.arflow.claims;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A billed service: CPT/HCPCS procedure code with modifiers, charge, units and date. */
public record ServiceLine(int lineNumber, @NotBlank @Size(max = 10) String procedureCode,
                          @Size(max = 20) String modifiers, @NotNull @DecimalMin("0.00") BigDecimal charge,
                          BigDecimal units, LocalDate serviceDate) {
}
