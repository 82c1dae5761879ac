package org.arflow.edi;

import java.time.OffsetDateTime;

/** A received X12 file as stored (without its content): status and import report (JSON). */
public record ReceivedFile(long id, String sha256, String fileName, String source, String receivedBy,
                           OffsetDateTime receivedAt, int sizeBytes, String transactionType, String status,
                           String report, String error) {
}
