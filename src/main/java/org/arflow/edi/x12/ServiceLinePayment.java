package org.arflow.edi.x12;

import java.math.BigDecimal;
import java.util.List;

/**
 * One SVC loop of an 835: what was billed and paid for one procedure. {@code units} is SVC05
 * (1 when absent); {@code serviceDates} comes from DTM*472, or DTM*150/151; the line control
 * number (REF*6R) is the provider's own line id from the 837, null when absent.
 */
public record ServiceLinePayment(ProcedureCode procedure, BigDecimal charge, BigDecimal paid, BigDecimal units,
        DateRange serviceDates, List<Adjustment> adjustments, List<String> remarkCodes, String lineControlNumber) {

    public ServiceLinePayment {
        adjustments = List.copyOf(adjustments);
        remarkCodes = List.copyOf(remarkCodes);
    }
}
