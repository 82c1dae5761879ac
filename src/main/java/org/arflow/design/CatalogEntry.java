package org.arflow.design;

import java.time.OffsetDateTime;

/**
 * One version of a process or decision: whether it is the latest, how many open claims run on it
 * (null where arflow does not count them), and who deployed it, when and why.
 */
public record CatalogEntry(String kind, String id, int version, boolean latest, String resourceName,
                           String deployedBy, OffsetDateTime deployedAt, String reason, Long openClaims) {

    public boolean isProcess() {
        return org.arflow.engine.DeploymentLog.PROCESS.equals(kind);
    }
}
