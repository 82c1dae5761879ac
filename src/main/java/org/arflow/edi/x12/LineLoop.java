package org.arflow.edi.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects one 835 SVC loop (2110): the line, its dates, adjustments, remarks and control number. */
final class LineLoop {

    private final ProcedureCode procedure;
    private final BigDecimal charge;
    private final BigDecimal paid;
    private final BigDecimal units;
    private final List<Adjustment> adjustments = new ArrayList<>();
    private final List<String> remarkCodes = new ArrayList<>();
    private LocalDate from;
    private LocalDate to;
    private String lineControlNumber;

    LineLoop(Segment svc) {
        svc.required(1, "the procedure (SVC01)");
        procedure = ProcedureCode.from(svc, 1);
        charge = svc.requiredAmount(2, "the line charge (SVC02)");
        paid = svc.requiredAmount(3, "the line payment (SVC03)");
        BigDecimal count = svc.quantity(5);
        units = count == null ? BigDecimal.ONE : count;
    }

    void accept(Segment segment) {
        switch (segment.tag()) {
            case "CAS" -> adjustments.addAll(Adjustment.fromCas(segment));
            case "DTM" -> serviceDate(segment);
            case "REF" -> {
                if (segment.is(1, "6R")) {
                    lineControlNumber = segment.text(2);
                }
            }
            case "LQ" -> {
                if (segment.is(1, "HE")) {
                    remarkCodes.add(segment.required(2, "the remark code"));
                }
            }
            default -> {
                // AMT, QTY and other REF are not needed
            }
        }
    }

    private void serviceDate(Segment dtm) {
        switch (dtm.text(1) == null ? "" : dtm.text(1)) {
            case "472" -> from = to = dtm.requiredDate(2, "the service date");
            case "150" -> from = dtm.requiredDate(2, "the service start date");
            case "151" -> to = dtm.requiredDate(2, "the service end date");
            default -> {
                // other dates are not service dates
            }
        }
    }

    ServiceLinePayment finish() {
        DateRange dates = from == null && to == null ? null : new DateRange(from, to);
        return new ServiceLinePayment(procedure, charge, paid, units, dates, adjustments, remarkCodes,
                lineControlNumber);
    }
}
