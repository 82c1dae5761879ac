package org.arflow.claims;

import java.math.BigDecimal;

/**
 * The raw sums the AR key figures are made of (the ratios are the dashboard's business).
 *
 * @param openAr            open balance of unresolved claims of the payer, any date of service
 * @param chargesLast90Days billed amount of the payer's claims with a date of service in the last 90 days
 * @param charges           billed amount of the claims in the filter
 * @param payments          what payers paid on them (835 CLP04, reversals included)
 * @param contractual       contractual adjustments on them (CO-45, CO-253, claim and line level)
 * @param adjudicated       claims in the filter with a payer decision (any remittance but reversals / not ours)
 * @param denied            of those, claims with a denial (CLP02 = 4)
 * @param firstPassResolved of those, claims whose first remittance processed them (CLP02 1-3, 19-21)
 */
public record ArFigures(BigDecimal openAr, BigDecimal chargesLast90Days, BigDecimal charges, BigDecimal payments,
                        BigDecimal contractual, long adjudicated, long denied, long firstPassResolved) {
}
