package org.arflow.claims;

import org.arflow.engine.ProcessInstanceStarted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Remembers on the claim which process instance follows it up, as soon as the engine started it. */
@Component
class FollowUpStarted {

    private final ClaimProgress progress;
    private final org.arflow.engine.EngineInfo engine;

    FollowUpStarted(ClaimProgress progress, org.arflow.engine.EngineInfo engine) {
        this.progress = progress;
        this.engine = engine;
    }

    @EventListener
    void on(ProcessInstanceStarted started) {
        if (ClaimService.PROCESS_ID.equals(started.processId()) && started.variables().get("claimId") instanceof String id) {
            progress.recordProcessInstance(id, started.processInstanceKey(), engine.runId(), started.version());
        }
    }
}
