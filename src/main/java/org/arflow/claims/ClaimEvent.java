package org.arflow.claims;

import java.time.OffsetDateTime;

/** One line of a claim's timeline: what happened, in words, and who did it. */
public record ClaimEvent(OffsetDateTime occurredAt, String kind, String description, String actor) {
}
