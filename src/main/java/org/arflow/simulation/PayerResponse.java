package org.arflow.simulation;

import java.math.BigDecimal;

/**
 * What a simulated payer answers about one claim, after {@code days}: a remittance (paid, with the
 * contractual write-down and the patient's share, or denied with a reason) or a request for documentation.
 */
public record PayerResponse(SyntheticClaim claim, Kind kind, BigDecimal paid, BigDecimal contractual,
                            BigDecimal patientShare, String denialReason, double days) {

    public enum Kind { PAID, DENIED, DOCUMENTATION_REQUESTED }
}
