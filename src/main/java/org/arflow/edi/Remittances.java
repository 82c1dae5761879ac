package org.arflow.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.arflow.claims.Adjustment;
import org.arflow.claims.ClaimRemittance;
import org.arflow.claims.RemittanceIdentity;
import org.arflow.edi.x12.ClaimPayment;
import org.arflow.edi.x12.Person;
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

    /** Who was paid: the payee's id (N1*PE NPI or tax id) when it has one, else its name. */
    static String payeeKey(Remittance r) {
        if (r.payee() == null) {
            return "unknown payee";
        }
        return r.payee().id() != null ? r.payee().id() : r.payee().name();
    }

    /**
     * Posting and exception reference: payer, trace number, the interchange (ISA13) and transaction
     * set (ST02) control numbers, and the CLP's position; sets that share a trace number never collide.
     */
    static String reference(String payerKey, Remittance r, int position) {
        return payerKey + ":" + r.traceNumber() + ":" + r.interchangeControlNumber() + ":"
                + r.transactionControlNumber() + ":" + position;
    }

    /**
     * The claim's part of the remittance. Interest (AMT*I) that the payer put into CLP04 and balanced
     * with a negative CAS 225 is taken out of both: it is booked as interest, not as payment of the claim.
     */
    /** Whose claim the CLP is, besides CLP01: the payer (N1*PR), the patient (NM1*QC) and the first date of service. */
    static RemittanceIdentity identity(Remittance r, ClaimPayment clp) {
        Person patient = clp.patient();
        LocalDate serviceFrom = clp.statementPeriod() != null && clp.statementPeriod().from() != null
                ? clp.statementPeriod().from()
                : clp.serviceLines().stream().map(l -> l.serviceDates() == null ? null : l.serviceDates().from())
                        .filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
        return new RemittanceIdentity(r.payer() == null ? null : r.payer().id(), r.payer() == null ? null : r.payer().name(),
                patient == null ? null : patient.lastName(), patient == null ? null : patient.firstName(),
                patient == null ? null : patient.memberId(), serviceFrom);
    }

    static ClaimRemittance toClaimRemittance(ClaimPayment clp, String reference, LocalDate receivedOn) {
        List<String> remarks = new ArrayList<>(clp.remarkCodes());
        List<ClaimRemittance.RemittanceLine> lines = clp.serviceLines().stream().map(Remittances::line).toList();
        List<Adjustment> claimLevel = new ArrayList<>(adjustments(clp.adjustments()));
        BigDecimal paid = clp.paid();
        BigDecimal interest = clp.interest();
        if (interest != null && interest.signum() > 0) {
            for (int i = 0; i < claimLevel.size(); i++) {
                Adjustment a = claimLevel.get(i);
                if ("225".equals(a.reason()) && a.amount().compareTo(interest.negate()) == 0) {
                    claimLevel.remove(i);
                    paid = paid.subtract(interest);
                    break;
                }
            }
        }
        return new ClaimRemittance(reference, clp.statusCode(), clp.charge(), paid,
                clp.patientResponsibility() == null ? BigDecimal.ZERO : clp.patientResponsibility(),
                clp.payerClaimControlNumber(), receivedOn, claimLevel, remarks, lines);
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
