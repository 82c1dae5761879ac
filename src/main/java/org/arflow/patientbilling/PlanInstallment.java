package org.arflow.patientbilling;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One installment of a plan: DUE, PAID, MISSED, or PAID_LATE (missed, then caught up). */
public record PlanInstallment(long planId, int number, LocalDate dueDate, BigDecimal amount, String state) {
}
