package org.arflow.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.arflow.claims.Adjustment;
import org.arflow.claims.ClaimRemittance;
import org.arflow.claims.MoneyRules;
import org.arflow.edi.x12.ClaimPayment;
import org.arflow.edi.x12.Remittance;
import org.arflow.edi.x12.ServiceLinePayment;

/** Translates the 835's words into the claims feature's. */
final class Remittances {

    private Remittances() {
    }

    /** Who paid: the payer's id (N1*PR / REF*2U) when it has one, else its name. */
    static String payerKey(Remittance r) {
        if (r.payer() == null) {
            return "unknown payer";
        }
        return r.payer().id() != null ? r.payer().id() : r.payer().name();
    }

    static ClaimRemittance toClaimRemittance(ClaimPayment clp, String reference, LocalDate receivedOn) {
        List<String> remarks = new ArrayList<>(clp.remarkCodes());
        List<ClaimRemittance.RemittanceLine> lines = clp.serviceLines().stream().map(Remittances::line).toList();
        ClaimRemittance remittance = new ClaimRemittance(reference, clp.statusCode(), clp.charge(), clp.paid(),
                clp.patientResponsibility() == null ? BigDecimal.ZERO : clp.patientResponsibility(),
                clp.payerClaimControlNumber(), receivedOn, adjustments(clp.adjustments()), remarks, lines);
        MoneyRules.remittance(remittance); // the same rules as the JSON API
        return remittance;
    }

    private static ClaimRemittance.RemittanceLine line(ServiceLinePayment l) {
        return new ClaimRemittance.RemittanceLine(l.procedure() == null ? null : l.procedure().code(),
                l.procedure() == null ? List.of() : l.procedure().modifiers(), l.charge(), l.paid(), l.units(),
                l.serviceDates() == null ? null : l.serviceDates().from(), adjustments(l.adjustments()),
                l.remarkCodes());
    }

    private static List<Adjustment> adjustments(List<org.arflow.edi.x12.Adjustment> cas) {
        return cas.stream().map(a -> new Adjustment(a.group(), a.reasonCode(), a.amount(), a.quantity())).toList();
    }
}
