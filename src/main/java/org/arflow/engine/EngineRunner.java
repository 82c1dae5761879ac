package org.arflow.engine;

import java.net.InetSocketAddress;

/** A running in-memory engine; implemented only in builds that include the engine (src/embedded/java). */
interface EngineRunner extends AutoCloseable {

    InetSocketAddress gatewayAddress();

    Object engine();

    /** Moves the engine's clock forward (timers due by then fire). */
    void advanceClock(java.time.Duration by);

    /** Keys of the incidents the engine raised for this job and has not resolved. */
    java.util.List<Long> openIncidentsOfJob(long jobKey);

    @Override
    void close();
}
