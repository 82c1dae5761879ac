package org.arflow.engine;

import java.net.InetSocketAddress;

/** A running in-memory engine; implemented only in builds that include the engine (src/embedded/java). */
interface EngineRunner extends AutoCloseable {

    InetSocketAddress gatewayAddress();

    Object engine();

    /** Moves the engine's clock forward (timers due by then fire). */
    void advanceClock(java.time.Duration by);

    /** Waits until the engine is idle, or the timeout passes. */
    void waitForIdle(java.time.Duration timeout);

    /**
     * Waits until the engine has processed everything it was given and acted on every timer and message
     * deadline its clock has passed; false when the timeout passed first.
     */
    boolean settle(java.time.Duration timeout);

    /** Job types with jobs that can be activated now (read from the engine's log). */
    java.util.Set<String> waitingJobTypes();

    /** Keys of the process instances of this process that have not ended. */
    java.util.Set<Long> activeInstances(String bpmnProcessId);

    /** A new reader of the engine's record stream, from its beginning (the element projection keeps one). */
    EngineActivitySource activity();

    /** What elements did so far: activated, completed, terminated (oldest first). */
    java.util.List<ScratchEngine.ElementEvent> elementEvents();

    /** Incidents raised so far (oldest first). */
    java.util.List<ScratchEngine.Incident> incidents();

    /** Keys of the incidents the engine raised for this job and has not resolved. */
    java.util.List<Long> openIncidentsOfJob(long jobKey);

    @Override
    void close();
}
