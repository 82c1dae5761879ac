package org.arflow.security;

import java.time.OffsetDateTime;

/** One line of the audit log: who did what, when, to which claim or task. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String username, String action, String claimId,
                         Long taskKey, String detail) {
}
