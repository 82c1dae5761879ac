package org.arflow.claims;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** One CAS adjustment: group (CO, PR, OA, PI), reason code (CARC), amount and quantity. */
public record Adjustment(@NotBlank @Pattern(regexp = "CO|PR|OA|PI", message = "must be CO, PR, OA or PI") String group,
                         @NotBlank String reason, @NotNull BigDecimal amount, BigDecimal quantity) {

    boolean isPatientResponsibility() {
        return "PR".equals(group);
    }

    /** Contractual write-downs the provider agreed to (CO-45 fee schedule, CO-253 sequestration). */
    boolean isContractual() {
        return "CO".equals(group) && ("45".equals(reason) || "253".equals(reason));
    }
}
