package org.arflow.whatif;

import java.time.OffsetDateTime;

/** A what-if run as kept: its parameters, sides, state and, once done, the figures of each side. */
public record WhatIfRun(long id, String startedBy, OffsetDateTime startedAt, OffsetDateTime finishedAt, Status status,
                        double progress, WhatIfParameters parameters, String sideA, String sideB, String sideAFiles,
                        String sideBFiles, SideResult resultA, SideResult resultB, String error) {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }
}
