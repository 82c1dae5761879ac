package org.arflow.engine;

import io.camunda.client.CamundaClient;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;

/**
 * A private in-memory engine with its own client, never the live one: for checks and simulations that
 * must not touch running claims (safe deploy of a draft, what-if runs). Each one has its own clock.
 * Only evaluation builds contain the engine; a production build refuses with
 * {@link EmbeddedEngineUnavailableException}.
 */
public final class ScratchEngine implements AutoCloseable {

    private final EmbeddedEngine engine;
    private final CamundaClient client;

    private ScratchEngine(EmbeddedEngine engine) {
        this.engine = engine;
        InetSocketAddress gateway = engine.gatewayAddress();
        this.client = CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://127.0.0.1:" + gateway.getPort()))
                .preferRestOverGrpc(false)
                .build();
    }

    /** Starts a fresh engine on a free loopback port. */
    public static ScratchEngine start() {
        return new ScratchEngine(new EmbeddedEngine(0, false));
    }

    public CamundaClient client() {
        return client;
    }

    /** Moves this engine's clock forward; timers due by then fire. */
    public void advanceClock(Duration by) {
        engine.advanceClock(by);
    }

    /** Waits until the engine has processed everything it was given (or the timeout passes). */
    public void waitForIdle(Duration timeout) {
        engine.waitForIdle(timeout);
    }

    /**
     * Waits until the engine has processed everything it was given and has acted on every timer and message
     * deadline its clock has passed (timers fired and what they led to done). Quicker than
     * {@link #waitForIdle}, which looks twice 50 ms apart and does not wait for timers not fired yet.
     * A timer or deadline the engine leaves pending for 2 s while it has nothing else to do is logged and not
     * waited for. False when the timeout passed first.
     */
    public boolean settle(Duration timeout) {
        return engine.settle(timeout);
    }

    /** Job types with jobs that can be activated now: a driver need not ask for the others. */
    public java.util.Set<String> waitingJobTypes() {
        return engine.waitingJobTypes();
    }

    /** The engine itself (a {@code ZeebeTestEngine}), to read its record stream. */
    public Object engine() {
        return engine.engine();
    }

    /** One step of an element of an instance: intent ELEMENT_ACTIVATED, ELEMENT_COMPLETED or ELEMENT_TERMINATED. */
    public record ElementEvent(long processInstanceKey, long parentProcessInstanceKey, String processId,
                               String elementId, String elementType, String intent) {
    }

    /** An incident the engine raised: where, what kind, and its message. */
    public record Incident(long processInstanceKey, String elementId, String errorType, String message) {
    }

    /** What elements did so far, oldest first (read from the engine's record log). */
    public java.util.List<ElementEvent> elementEvents() {
        return engine.elementEvents();
    }

    /** Incidents raised so far, oldest first. */
    public java.util.List<Incident> incidents() {
        return engine.incidents();
    }

    @Override
    public void close() {
        client.close();
        engine.close();
    }
}
