package org.arflow.patientbilling;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What recording a payment did: recorded is false when the reference was recorded before (nothing
 * changed); applied is the amount per claim; credit is what was left over for the account.
 */
public record PaymentResult(boolean recorded, long paymentId, Map<String, BigDecimal> applied, BigDecimal credit,
                            BigDecimal balanceDue) {
}
