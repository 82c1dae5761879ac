package org.arflow.edi.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One 835 transaction (ST..SE): one payment (check, EFT or none) and the claims it covers.
 * {@code creditDebitFlag} is BPR03 (C = money to the provider, D = the provider owes);
 * {@code paymentMethod} is BPR04 (ACH, CHK, NON, ...); {@code traceNumber} is TRN02, the check
 * or EFT number. The payer id is N1*PR's N104 or, when that is absent, REF*2U.
 * {@code paymentDate} is BPR16, null when the file leaves it out (the guide requires it, but
 * real files do omit it; the parser does not guess it from other dates).
 */
public record Remittance(String interchangeControlNumber, String groupControlNumber,
        String transactionControlNumber, BigDecimal paymentAmount, String creditDebitFlag, String paymentMethod,
        LocalDate paymentDate, String traceNumber, Party payer, Party payee, List<ClaimPayment> claims,
        List<ProviderAdjustment> providerAdjustments) {

    public Remittance {
        claims = List.copyOf(claims);
        providerAdjustments = List.copyOf(providerAdjustments);
    }
}
