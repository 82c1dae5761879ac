package org.arflow.edi.x12;

/** Reads an 837 service line from its LX and its SV1 (professional) or SV2 (institutional). */
final class ServiceLines {

    private ServiceLines() {
    }

    static SubmittedServiceLine read(Segment lx, Segment service, DateRange dates) {
        int number = lineNumber(lx);
        if (service.tag().equals("SV1")) {
            service.required(1, "the procedure (SV101)");
            return new SubmittedServiceLine(number, ProcedureCode.from(service, 1), null,
                    service.requiredAmount(2, "the line charge (SV102)"), service.text(3),
                    service.requiredQuantity(4, "the units (SV104)"), dates);
        }
        String revenueCode = service.required(1, "the revenue code (SV201)");
        return new SubmittedServiceLine(number, ProcedureCode.from(service, 2), revenueCode,
                service.requiredAmount(3, "the line charge (SV203)"), service.text(4),
                service.requiredQuantity(5, "the units (SV205)"), dates);
    }

    private static int lineNumber(Segment lx) {
        String text = lx.required(1, "the line number (LX01)");
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw lx.error(1, "'" + text + "' is not a line number");
        }
    }
}
