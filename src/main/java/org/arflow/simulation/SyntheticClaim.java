package org.arflow.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A generated claim as a practice would send it: patient, payer, date of service, CPT-style lines. */
public record SyntheticClaim(String claimId, String firstName, String lastName, LocalDate birthDate, String memberId,
                             String gender, PayerBehaviour payer, LocalDate serviceDate, List<Line> lines) {

    /** A service line: procedure code and charge. */
    public record Line(String procedureCode, BigDecimal charge) {
    }

    public BigDecimal total() {
        return lines.stream().map(Line::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
