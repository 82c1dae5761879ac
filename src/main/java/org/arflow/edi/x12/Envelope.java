package org.arflow.edi.x12;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Who sends a file to whom, and under which control number: the values of ISA, GS and the
 * information receiver (NM1*41) of a file we write. Qualifiers are the ISA05/ISA07 codes
 * (ZZ mutually defined, 30 tax id, ...); ids are at most 15 characters. {@code controlNumber}
 * (1 to 999999999) becomes ISA13 and GS06; the caller keeps it unique per trading partner.
 * {@code production} false marks the file as a test (ISA15 = T).
 */
public record Envelope(String senderQualifier, String senderId, String receiverQualifier, String receiverId,
        String submitterName, int controlNumber, boolean production, LocalDateTime created) {

    public Envelope {
        checkId("sender", senderQualifier, senderId);
        checkId("receiver", receiverQualifier, receiverId);
        if (submitterName == null || submitterName.isBlank()) {
            throw new IllegalArgumentException("the submitter name is required");
        }
        if (controlNumber < 1 || controlNumber > 999_999_999) {
            throw new IllegalArgumentException("the control number must be between 1 and 999999999");
        }
        Objects.requireNonNull(created, "created");
    }

    private static void checkId(String who, String qualifier, String id) {
        if (qualifier == null || qualifier.length() != 2) {
            throw new IllegalArgumentException("the " + who + " qualifier must have 2 characters");
        }
        if (id == null || id.isBlank() || id.length() > 15) {
            throw new IllegalArgumentException("the " + who + " id must have 1 to 15 characters");
        }
    }
}
