package org.arflow.engine;

/** Where the Zeebe engine runs. */
public enum EngineMode {
    /** The in-memory engine inside the app's JVM: state is lost on restart; evaluation and development only. */
    EMBEDDED,
    /** A Camunda 8 / Zeebe cluster reached through the standard camunda.client.* settings. */
    REMOTE
}
