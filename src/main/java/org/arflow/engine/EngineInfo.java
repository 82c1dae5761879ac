package org.arflow.engine;

import org.springframework.stereotype.Component;

/** What the rest of the app may know about the engine it runs on. */
@Component
public class EngineInfo {

    private final EngineProperties properties;

    EngineInfo(EngineProperties properties) {
        this.properties = properties;
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
