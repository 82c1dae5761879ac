package org.arflow.engine;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused embedded mode into a short, plain start-up failure report. */
class EmbeddedEngineUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedEngineUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedEngineUnavailableException cause) {
        return new FailureAnalysis(
                "The embedded engine is not part of this build (production builds leave it out: its licence "
                        + "allows non-production use only).",
                "Run with ARFLOW_ENGINE_MODE=remote and the camunda.client.* settings of your Camunda 8 cluster.",
                cause);
    }
}
