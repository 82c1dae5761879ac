package org.arflow.engine;

import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;

/**
 * The in-memory Zeebe engine running inside the app, reachable only on loopback.
 * Holds no engine types in its signature, so this class loads in the production build,
 * where it refuses to start instead.
 */
public class EmbeddedEngine implements AutoCloseable {

    static final String ENGINE_CLASS = "io.camunda.zeebe.process.test.engine.EngineFactory";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedEngine.class);

    private final InMemoryEngineRunner runner;

    EmbeddedEngine(int port) {
        if (!ClassUtils.isPresent(ENGINE_CLASS, null)) { // null: the thread context class loader
            throw new EmbeddedEngineUnavailableException();
        }
        this.runner = new InMemoryEngineRunner(port);
        log.warn(EngineInfo.IN_MEMORY_NOTICE);
        log.info("Embedded engine listening on {} (loopback only)", runner.gatewayAddress());
    }

    /** The address the engine's gRPC gateway is bound to. */
    public InetSocketAddress gatewayAddress() {
        return runner.gatewayAddress();
    }

    /** The engine itself (a {@code ZeebeTestEngine}), for tests that move its clock or read its records. */
    public Object engine() {
        return runner.engine();
    }

    @Override
    public void close() {
        runner.close();
    }
}
