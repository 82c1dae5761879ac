package org.arflow.patientbilling;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a patient owes for one claim: the patient responsibility the payer named, what was paid, and what
 * the office wrote off (an adjustment, e.g. after a collections review).
 */
public record PatientBalance(String claimId, LocalDate dateOfService, BigDecimal amount, BigDecimal paid,
                             BigDecimal writtenOff) {

    public BigDecimal due() {
        return amount.subtract(paid).subtract(writtenOff);
    }
}
