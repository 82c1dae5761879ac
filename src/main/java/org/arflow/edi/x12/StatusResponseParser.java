package org.arflow.edi.x12;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads X12 5010 277 claim status responses (005010X212) and 277CA claim acknowledgements
 * (005010X214): one {@link ClaimStatusResponse} per claim-level HL (22 or 23 in a 277, PT in
 * a 277CA) that carries a TRN, in file order. Stateless and thread-safe.
 */
public final class StatusResponseParser {

    private static final Set<String> CLAIM_LEVELS = Set.of("22", "23", "PT");

    public List<ClaimStatusResponse> parse(InputStream in, String fileName) {
        return parse(in, fileName, null);
    }

    /** Reads the file; envelope count and control-number mismatches go to {@code envelopeProblems} (null: fatal). */
    public List<ClaimStatusResponse> parse(InputStream in, String fileName, List<X12FormatException> envelopeProblems) {
        List<ClaimStatusResponse> responses = new ArrayList<>();
        for (Transaction transaction : X12Reader.read(in, fileName, "277", envelopeProblems)) {
            read(transaction, responses);
        }
        return List.copyOf(responses);
    }

    private static void read(Transaction transaction, List<ClaimStatusResponse> responses) {
        Party payer = null;
        Party provider = null;
        String level = null;
        Segment hl = null;
        ClaimLevel claim = null;
        for (Segment segment : transaction.body()) {
            if (segment.tag().equals("HL")) {
                finish(claim, hl, responses);
                hl = segment;
                level = segment.required(3, "the level code (HL03)");
                claim = CLAIM_LEVELS.contains(level) ? new ClaimLevel(transaction, payer, provider) : null;
            } else if (claim != null) {
                claim.accept(segment);
            } else if (segment.tag().equals("NM1")) {
                // payer in the information source level (20), provider in the provider level (19)
                if ("20".equals(level) && segment.is(1, "PR")) {
                    payer = Party.fromNm1(segment);
                    provider = null;
                } else if ("19".equals(level)) {
                    provider = Party.fromNm1(segment);
                }
            }
        }
        finish(claim, hl, responses);
    }

    private static void finish(ClaimLevel claim, Segment hl, List<ClaimStatusResponse> responses) {
        if (claim == null) {
            return;
        }
        if (claim.claimId != null) {
            responses.add(claim.response());
        } else if (!claim.statuses.isEmpty()) {
            throw hl.error(X12FormatException.UNKNOWN, "a claim status is given without a claim trace (TRN)");
        }
    }

    /** One claim-level HL: its trace, references, dates and the STCs before any service line. */
    private static final class ClaimLevel {

        private final Transaction transaction;
        private final Party payer;
        private final Party provider;
        private final List<ClaimStatus> statuses = new ArrayList<>();
        private String claimId;
        private String patientControlNumber;
        private String payerClaimControlNumber;
        private DateRange serviceDates;
        private boolean inServiceLine;

        ClaimLevel(Transaction transaction, Party payer, Party provider) {
            this.transaction = transaction;
            this.payer = payer;
            this.provider = provider;
        }

        void accept(Segment segment) {
            if (inServiceLine) {
                return; // line-level STC, REF and DTP describe one service, not the claim
            }
            switch (segment.tag()) {
                case "TRN" -> claimId = segment.required(2, "the claim trace (TRN02)");
                case "STC" -> statuses.addAll(ClaimStatus.fromStc(segment));
                case "REF" -> {
                    if (segment.is(1, "1K")) {
                        payerClaimControlNumber = segment.text(2);
                    } else if (segment.is(1, "EJ")) {
                        patientControlNumber = segment.text(2);
                    }
                }
                case "DTP" -> {
                    if (segment.is(1, "472")) {
                        serviceDates = segment.period(2, 3);
                    }
                }
                case "SVC" -> inServiceLine = true;
                default -> {
                    // NM1 of the patient, QTY, AMT are not needed
                }
            }
        }

        ClaimStatusResponse response() {
            return new ClaimStatusResponse(transaction.controlNumber(), transaction.version(), claimId,
                    patientControlNumber, payerClaimControlNumber, payer, provider, serviceDates, statuses);
        }
    }
}
