package org.arflow.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.impl.ZeebeObjectMapper;
import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.ArflowEngineAssembly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * An assembled in-memory engine as the {@link ZeebeTestEngine} tests and the app drive: started,
 * stopped, its clock moved, its record stream read, its idle state awaited. Idle is what the library's
 * engine calls idle: the stream processor has processed the whole log, seen twice 50 ms apart.
 */
final class LoopbackEngine implements ZeebeTestEngine {

    private static final long CHECK_EVERY_MS = 50;

    private final ArflowEngineAssembly.Parts parts;

    LoopbackEngine(ArflowEngineAssembly.Parts parts) {
        this.parts = parts;
    }

    @Override
    public void start() {
        try {
            parts.gatewayServer().start();
        } catch (IOException e) {
            throw new UncheckedIOException("The engine's gateway did not start", e);
        }
        parts.streamProcessor().openAsync(false).join();
    }

    @Override
    public void stop() {
        try {
            parts.gatewayServer().shutdownNow().awaitTermination();
            parts.streamProcessor().close();
            parts.state().close();
            parts.logStream().close();
            parts.scheduler().stop();
        } catch (Exception e) {
            throw new IllegalStateException("The in-memory engine did not stop cleanly", e);
        }
    }

    @Override
    public RecordStreamSource getRecordStreamSource() {
        return parts.records();
    }

    @Override
    public ZeebeClient createClient() {
        return ZeebeClient.newClientBuilder().applyEnvironmentVariableOverrides(false).preferRestOverGrpc(false)
                .gatewayAddress(getGatewayAddress()).usePlaintext().build();
    }

    @Override
    public ZeebeClient createClient(ObjectMapper objectMapper) {
        return ZeebeClient.newClientBuilder().withJsonMapper(new ZeebeObjectMapper(objectMapper))
                .applyEnvironmentVariableOverrides(false).preferRestOverGrpc(false)
                .gatewayAddress(getGatewayAddress()).usePlaintext().build();
    }

    @Override
    public String getGatewayAddress() {
        InetSocketAddress address = (InetSocketAddress) parts.gatewayServer().getListenSockets().getFirst();
        return address.getHostString() + ":" + address.getPort();
    }

    @Override
    public void increaseTime(Duration timeToAdd) {
        parts.clock().addTime(timeToAdd);
    }

    @Override
    public void waitForIdleState(Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int idleChecks = 0;
        while (idleChecks < 2) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("The engine was still busy after " + timeout);
            }
            Thread.sleep(CHECK_EVERY_MS);
            idleChecks = processedAll() ? idleChecks + 1 : 0;
        }
    }

    @Override
    public void waitForBusyState(Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processedAll()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("The engine had nothing to do for " + timeout);
            }
            Thread.sleep(CHECK_EVERY_MS);
        }
    }

    private boolean processedAll() {
        try {
            return parts.streamProcessor().hasProcessingReachedTheEnd().join();
        } catch (RuntimeException e) {
            return parts.streamProcessor().isActorClosed(); // a closed engine has nothing left to do
        }
    }
}
