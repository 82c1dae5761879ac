package org.arflow.claims;

import java.time.OffsetDateTime;

/** One line of a claim's timeline. */
public record ClaimEvent(OffsetDateTime occurredAt, String kind, String description) {
}
