package org.arflow.patientbilling;

import java.math.BigDecimal;
import java.util.List;

/** Everything on a patient's account: balances by claim, statements, the plan schedule, payments, adjustments. */
public record PatientAccount(long patientId, BigDecimal balanceDue, BigDecimal credit, boolean followingUp,
                             List<PatientBalance> balances, List<Statement> statements,
                             String planState, List<PlanInstallment> planSchedule,
                             List<PatientPayments.PaymentRecord> payments,
                             List<PatientAdjustments.Adjustment> adjustments) {
}
