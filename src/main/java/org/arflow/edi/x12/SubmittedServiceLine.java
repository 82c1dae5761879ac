package org.arflow.edi.x12;

import java.math.BigDecimal;

/**
 * One service line (loop 2400) of an 837. {@code lineNumber} is LX01. For an 837P the
 * procedure, charge, unit basis (UN = units, MJ = minutes) and units come from SV1 and
 * {@code revenueCode} is null; for an 837I they come from SV2, whose procedure may be absent.
 * {@code serviceDates} is DTP*472 of the line, null when the line has none.
 */
public record SubmittedServiceLine(int lineNumber, ProcedureCode procedure, String revenueCode, BigDecimal charge,
        String unitBasis, BigDecimal units, DateRange serviceDates) {
}
