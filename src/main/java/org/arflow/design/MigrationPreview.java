package org.arflow.design;

import java.util.List;

/**
 * What moving running claims from an older version of a process to the latest would do: which claims,
 * which elements map onto the same element of the new version, and which have no counterpart (a claim
 * waiting there cannot be moved). A preview only; see {@link SafeDeploy#migrationAnswer()}.
 */
public record MigrationPreview(String processId, int fromVersion, int toVersion, long runningClaims,
                               List<String> someClaims, List<Mapping> mappings, List<String> withoutCounterpart) {

    /** An element of the old version and the element of the new version it maps to (same id and kind). */
    public record Mapping(String sourceElementId, String targetElementId, String name) {
    }
}
