package org.arflow.incidents;

import java.time.OffsetDateTime;

/** A job whose retries ran out: what failed, why, on which claim, and how often. */
public record Incident(long jobKey, String jobType, long processInstanceKey, String elementId, String claimId,
                       String errorMessage, int retriesLeft, int failures, OffsetDateTime failedAt) {
}
