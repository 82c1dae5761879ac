package org.arflow.engine;

/** Embedded mode was chosen in a build that leaves the in-memory engine out. */
class EmbeddedEngineUnavailableException extends IllegalStateException {

    EmbeddedEngineUnavailableException() {
        super("arflow.engine.mode=embedded, but this is a production build without the in-memory engine. "
                + "Set ARFLOW_ENGINE_MODE=remote and point CAMUNDA_CLIENT_GRPC_ADDRESS / "
                + "CAMUNDA_CLIENT_REST_ADDRESS at a Camunda 8 cluster.");
    }
}
