package org.arflow.engine;

import java.net.InetSocketAddress;

/** A running in-memory engine; implemented only in builds that include the engine (src/embedded/java). */
interface EngineRunner extends AutoCloseable {

    InetSocketAddress gatewayAddress();

    Object engine();

    @Override
    void close();
}
