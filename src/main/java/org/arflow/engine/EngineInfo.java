package org.arflow.engine;

import org.springframework.stereotype.Component;

/** What the rest of the app may know about the engine it runs on. */
@Component
public class EngineInfo {

    private final EngineProperties properties;
    private final String runId;

    EngineInfo(EngineProperties properties) {
        this.properties = properties;
        // the in-memory engine starts its keys from the same numbers after every restart
        this.runId = properties.mode() == EngineMode.EMBEDDED
                ? "run-" + java.util.UUID.randomUUID().toString().substring(0, 8) : "cluster";
    }

    /**
     * Names this engine's lifetime. Engine keys (process instance, job, element instance) are unique
     * only within it, so anything stored with such a key to stay unique carries this too.
     */
    public String runId() {
        return runId;
    }

    public EngineMode mode() {
        return properties.mode();
    }

    /** True when process state lives in this JVM's memory only and is lost on restart. */
    public boolean isInMemory() {
        return properties.mode() == EngineMode.EMBEDDED;
    }

    public static final String IN_MEMORY_NOTICE =
            "Embedded engine: process state is kept in memory and lost on restart. "
                    + "For evaluation and development only; connect a Camunda 8 cluster for production.";
}
