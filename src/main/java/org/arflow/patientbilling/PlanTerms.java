package org.arflow.patientbilling;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a patient agreed to: installments a month apart, of one amount (the last may be smaller). */
public record PlanTerms(Integer installments, BigDecimal installmentAmount, LocalDate firstDueDate) {
}
