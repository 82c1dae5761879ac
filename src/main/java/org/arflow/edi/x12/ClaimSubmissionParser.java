package org.arflow.edi.x12;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads X12 5010 837 claims: professional (005010X222) and institutional (005010X223). One
 * {@link ClaimSubmission} per CLM, in file order. Stateless and thread-safe. Throws
 * {@link X12FormatException} for unreadable files, other transaction types, dental 837s and
 * claims missing required values.
 */
public final class ClaimSubmissionParser {

    public List<ClaimSubmission> parse(InputStream in, String fileName) {
        List<ClaimSubmission> claims = new ArrayList<>();
        for (Transaction transaction : X12Reader.read(in, fileName, "837")) {
            claims.addAll(claims(transaction));
        }
        return List.copyOf(claims);
    }

    private static List<ClaimSubmission> claims(Transaction transaction) {
        ClaimForm form = ClaimForm.of(transaction.version());
        if (form == null) {
            throw transaction.header().error(3, "implementation guide " + transaction.version()
                    + " is neither an 837P (005010X222) nor an 837I (005010X223)");
        }
        Map<String, HierarchyLevel> levels = new HashMap<>();
        HierarchyLevel level = null;
        SubmissionLoop claim = null;
        List<ClaimSubmission> claims = new ArrayList<>();
        for (Segment segment : transaction.body()) {
            switch (segment.tag()) {
                case "HL", "CLM" -> {
                    if (claim != null) {
                        claims.add(claim.finish());
                        claim = null;
                    }
                    if (segment.tag().equals("HL")) {
                        level = HierarchyLevel.open(segment, levels);
                    } else {
                        claim = new SubmissionLoop(segment, level, transaction.controlNumber(), form);
                    }
                }
                default -> {
                    if (claim != null) {
                        claim.accept(segment);
                    } else if (level != null) {
                        level.accept(segment);
                    }
                }
            }
        }
        if (claim != null) {
            claims.add(claim.finish());
        }
        return claims;
    }
}
