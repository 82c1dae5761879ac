package org.arflow.claims;

import io.camunda.client.api.response.ActivatedJob;
import org.arflow.engine.EngineInfo;

/** One key per process step: a retried job has the same, a step of a later engine run a new one. */
final class StepKey {

    private StepKey() {
    }

    static String of(ActivatedJob job, EngineInfo engine) {
        return job.getType() + ":" + engine.runId() + ":" + job.getProcessInstanceKey() + ":" + job.getElementInstanceKey();
    }
}
