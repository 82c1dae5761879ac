package org.arflow.claims;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published when the payer side of a claim is done and the patient owes the rest. Patient billing
 * listens; claims does not know who does (an application event, so claims never calls patient billing).
 */
public record PatientBalanceHandedOff(String claimId, long patientId, LocalDate dateOfService,
                                      BigDecimal patientResponsibility, String billingTeam) {
}
