package org.arflow.patientbilling;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a patient owes for one claim: the patient responsibility the payer named, and what was paid. */
public record PatientBalance(String claimId, LocalDate dateOfService, BigDecimal amount, BigDecimal paid) {

    public BigDecimal due() {
        return amount.subtract(paid);
    }
}
