package org.arflow.edi.x12;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads X12 5010 835 remittance advice (005010X221A1). One {@link Remittance} per ST..SE; a
 * file may hold several. Stateless and thread-safe. Throws {@link X12FormatException} when the
 * file is not a readable 835 (broken syntax or envelope, another transaction type, a required
 * value missing or malformed). It does not check the balance: see {@link RemittanceBalance}.
 */
public final class RemittanceParser {

    public List<Remittance> parse(InputStream in, String fileName) {
        return parse(in, fileName, null);
    }

    /** Reads the file; envelope count and control-number mismatches go to {@code envelopeProblems} (null: fatal). */
    public List<Remittance> parse(InputStream in, String fileName, List<X12FormatException> envelopeProblems) {
        return X12Reader.read(in, fileName, "835", envelopeProblems).stream().map(RemittanceParser::remittance)
                .toList();
    }

    private static Remittance remittance(Transaction transaction) {
        Segment bpr = null;
        Segment trn = null;
        Party payer = null;
        Party payee = null;
        String partyLoop = null;
        ClaimLoop claim = null;
        List<ClaimPayment> claims = new ArrayList<>();
        List<ProviderAdjustment> providerAdjustments = new ArrayList<>();
        for (Segment segment : transaction.body()) {
            String tag = segment.tag();
            if (tag.equals("CLP") || tag.equals("LX") || tag.equals("PLB")) {
                // each of these ends the claim before it
                if (claim != null) {
                    claims.add(claim.finish());
                    claim = null;
                }
                partyLoop = null;
                if (tag.equals("CLP")) {
                    claim = new ClaimLoop(segment);
                } else if (tag.equals("PLB")) {
                    providerAdjustments.addAll(ProviderAdjustment.fromPlb(segment));
                }
            } else if (claim != null) {
                claim.accept(segment);
            } else {
                switch (tag) {
                    case "BPR" -> bpr = bpr == null ? segment : bpr;
                    case "TRN" -> trn = trn == null ? segment : trn;
                    case "N1" -> {
                        partyLoop = segment.text(1);
                        if ("PR".equals(partyLoop)) {
                            payer = Party.fromN1(segment);
                        } else if ("PE".equals(partyLoop)) {
                            payee = Party.fromN1(segment);
                        }
                    }
                    case "REF" -> {
                        // the payer's id may come as REF*2U in the payer loop instead of N103/N104
                        if ("PR".equals(partyLoop) && segment.is(1, "2U") && payer.id() == null) {
                            payer = payer.withId("2U", segment.text(2));
                        }
                    }
                    default -> {
                        // DTM*405, N3, N4, PER, TS3, TS2 ... are not needed
                    }
                }
            }
        }
        if (claim != null) {
            claims.add(claim.finish());
        }
        require(transaction, bpr, "BPR (payment)");
        require(transaction, trn, "TRN (trace number)");
        require(transaction, payer, "N1*PR (payer)");
        require(transaction, payee, "N1*PE (payee)");
        return new Remittance(transaction.interchangeControlNumber(), transaction.groupControlNumber(),
                transaction.controlNumber(), bpr.requiredAmount(2, "the payment amount (BPR02)"),
                bpr.required(3, "the credit/debit flag (BPR03)"), bpr.required(4, "the payment method (BPR04)"),
                bpr.date(16), trn.required(2, "the trace number (TRN02)"),
                payer, payee, claims, providerAdjustments);
    }

    private static void require(Transaction transaction, Object found, String what) {
        if (found == null) {
            throw transaction.header().error(X12FormatException.UNKNOWN,
                    "transaction " + transaction.controlNumber() + " has no " + what + " segment");
        }
    }
}
