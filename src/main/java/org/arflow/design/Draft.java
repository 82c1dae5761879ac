package org.arflow.design;

import java.time.OffsetDateTime;

/**
 * An analyst's draft of a process: its BPMN XML, saved in PostgreSQL. Each save makes a new revision;
 * a draft can be deployed only when its last validation passed on the revision it has now.
 */
public record Draft(long id, String processId, String title, Integer basedOnVersion, String xml, int revision,
                    String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt,
                    Integer validatedRevision, Boolean validationPassed, ValidationReport validationReport,
                    Integer deployedVersion, OffsetDateTime deployedAt) {

    /** Its last validation passed and nothing changed since. */
    public boolean readyToDeploy() {
        return Boolean.TRUE.equals(validationPassed) && validatedRevision != null && validatedRevision == revision;
    }

    /** Where it stands, in plain words. */
    public String state() {
        if (deployedVersion != null && readyToDeploy()) {
            return "deployed as version " + deployedVersion;
        }
        if (validatedRevision == null || validatedRevision != revision) {
            return "not validated since the last save";
        }
        return Boolean.TRUE.equals(validationPassed) ? "validated: ready to deploy" : "validation failed";
    }
}
