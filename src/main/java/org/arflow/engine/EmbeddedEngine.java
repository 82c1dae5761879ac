package org.arflow.engine;

import java.lang.reflect.Constructor;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;

/**
 * The in-memory Zeebe engine running inside the app, reachable only on loopback. The engine itself
 * is started by InMemoryEngineRunner, which only evaluation builds contain; a production build has
 * neither it nor the engine jars, and refuses embedded mode here.
 */
public class EmbeddedEngine implements AutoCloseable {

    static final String ENGINE_CLASS = "io.camunda.zeebe.process.test.engine.EngineFactory";
    static final String RUNNER_CLASS = "org.arflow.engine.InMemoryEngineRunner";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedEngine.class);

    private final EngineRunner runner;

    EmbeddedEngine(int port) {
        this(port, true);
    }

    /** {@code announce}: the live engine says so in the log; scratch engines stay quiet. */
    EmbeddedEngine(int port, boolean announce) {
        this.runner = startRunner(port);
        if (announce) {
            log.warn(EngineInfo.IN_MEMORY_NOTICE);
            log.info("Embedded engine listening on {} (loopback only)", runner.gatewayAddress());
        }
    }

    private static EngineRunner startRunner(int port) {
        ClassLoader loader = ClassUtils.getDefaultClassLoader();
        if (!ClassUtils.isPresent(ENGINE_CLASS, loader) || !ClassUtils.isPresent(RUNNER_CLASS, loader)) {
            throw new EmbeddedEngineUnavailableException();
        }
        try {
            Constructor<?> constructor = ClassUtils.forName(RUNNER_CLASS, loader).getDeclaredConstructor(int.class);
            return (EngineRunner) constructor.newInstance(port);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException("The embedded engine did not start: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The embedded engine could not be created", e);
        }
    }

    /** The address the engine's gRPC gateway is bound to. */
    public InetSocketAddress gatewayAddress() {
        return runner.gatewayAddress();
    }

    /** The engine itself (a {@code ZeebeTestEngine}), for tests that move its clock or read its records. */
    public Object engine() {
        return runner.engine();
    }

    /** Moves the in-memory engine's clock forward: for demos that speed up simulated time. */
    public void advanceClock(java.time.Duration by) {
        runner.advanceClock(by);
    }

    /** Waits until the engine has processed every command and record (or the timeout passes). */
    public void waitForIdle(java.time.Duration timeout) {
        runner.waitForIdle(timeout);
    }

    boolean settle(java.time.Duration timeout) {
        return runner.settle(timeout);
    }

    java.util.Set<String> waitingJobTypes() {
        return runner.waitingJobTypes();
    }

    /** Keys of this process's instances that have not ended (read from the engine's record stream). */
    public java.util.Set<Long> activeInstances(String bpmnProcessId) {
        return runner.activeInstances(bpmnProcessId);
    }

    /** A new reader of the engine's record stream, for the element projection. */
    EngineActivitySource activity() {
        return runner.activity();
    }

    java.util.List<ScratchEngine.ElementEvent> elementEvents() {
        return runner.elementEvents();
    }

    java.util.List<ScratchEngine.Incident> incidents() {
        return runner.incidents();
    }

    /** Keys of the unresolved incidents the engine raised for this job. */
    public java.util.List<Long> openIncidentsOfJob(long jobKey) {
        return runner.openIncidentsOfJob(jobKey);
    }

    @Override
    public void close() {
        runner.close();
    }
}
