package org.arflow.engine;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Starts the in-memory engine with its gRPC gateway bound to loopback. Lives in src/embedded/java,
 * which the production build does not compile: nothing there refers to the engine jars.
 * EngineFactory binds the gateway on all interfaces, plaintext and without authentication; we build
 * the gateway server again on 127.0.0.1 before the engine starts, so it is never reachable
 * from the network.
 */
class InMemoryEngineRunner implements EngineRunner {

    // The readers of getRecordStreamSource() below are synchronized: reading it appends to a list that a
    // second reader may be iterating (an admin's consistency report and an incident retry at once).

    private final ZeebeTestEngine engine;
    private final Server gatewayServer;
    private SettleWatch settleWatch;

    InMemoryEngineRunner(int port) {
        this.engine = EngineFactory.create(port);
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        BindableService gateway = (BindableService) readField("gateway");
        this.gatewayServer = NettyServerBuilder.forAddress(loopback).addService(gateway).build();
        writeField("grpcServer", gatewayServer);
        engine.start();
    }

    @Override
    public InetSocketAddress gatewayAddress() {
        return (InetSocketAddress) gatewayServer.getListenSockets().getFirst();
    }

    @Override
    public ZeebeTestEngine engine() {
        return engine;
    }

    @Override
    public void advanceClock(java.time.Duration by) {
        engine.increaseTime(by);
    }

    /** Read from the engine's record stream: the in-memory engine has no search API. */
    @Override
    public synchronized java.util.List<Long> openIncidentsOfJob(long jobKey) {
        java.util.Set<Long> created = new java.util.LinkedHashSet<>();
        java.util.Set<Long> resolved = new java.util.HashSet<>();
        for (var r : engine.getRecordStreamSource().getRecords()) {
            if (r.getValueType() != io.camunda.zeebe.protocol.record.ValueType.INCIDENT
                    || r.getRecordType() != io.camunda.zeebe.protocol.record.RecordType.EVENT
                    || ((io.camunda.zeebe.protocol.record.value.IncidentRecordValue) r.getValue()).getJobKey() != jobKey) {
                continue;
            }
            (r.getIntent() == io.camunda.zeebe.protocol.record.intent.IncidentIntent.CREATED ? created : resolved)
                    .add(r.getKey());
        }
        created.removeAll(resolved);
        return java.util.List.copyOf(created);
    }

    @Override
    public void waitForIdle(java.time.Duration timeout) {
        try {
            engine.waitForIdleState(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.TimeoutException e) {
            // still busy after the timeout: the caller goes on and looks at what it has
        }
    }

    @Override
    public boolean settle(java.time.Duration timeout) {
        return settleWatch().settle(timeout);
    }

    @Override
    public java.util.Set<String> waitingJobTypes() {
        return settleWatch().waitingJobTypes();
    }

    /** Made on first use: only engines whose driver asks pay for reading the log. */
    private synchronized SettleWatch settleWatch() {
        if (settleWatch == null) {
            settleWatch = new SettleWatch((io.camunda.zeebe.logstreams.log.LogStream) readField("logStream"),
                    (io.camunda.zeebe.stream.impl.StreamProcessor) readField("streamProcessor"),
                    (io.camunda.zeebe.scheduler.clock.ControlledActorClock) readField("clock"));
        }
        return settleWatch;
    }

    @Override
    public synchronized java.util.Set<Long> activeInstances(String bpmnProcessId) {
        java.util.Set<Long> active = new java.util.HashSet<>();
        for (var r : engine.getRecordStreamSource().getRecords()) {
            if (!(r.getValue() instanceof io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue value)) {
                continue;
            }
            if (value.getBpmnElementType() != io.camunda.zeebe.protocol.record.value.BpmnElementType.PROCESS
                    || !bpmnProcessId.equals(value.getBpmnProcessId())) {
                continue;
            }
            switch ((io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent) r.getIntent()) {
                case ELEMENT_ACTIVATED -> active.add(value.getProcessInstanceKey());
                case ELEMENT_COMPLETED, ELEMENT_TERMINATED -> active.remove(value.getProcessInstanceKey());
                default -> { }
            }
        }
        return active;
    }

    public EngineActivitySource activity() {
        return new InMemoryActivitySource(engine);
    }

    @Override
    public synchronized java.util.List<ScratchEngine.ElementEvent> elementEvents() {
        java.util.List<ScratchEngine.ElementEvent> events = new java.util.ArrayList<>();
        for (var r : engine.getRecordStreamSource().getRecords()) {
            String intent = r.getIntent().name();
            if (r.getValueType() == io.camunda.zeebe.protocol.record.ValueType.PROCESS_INSTANCE
                    && r.getRecordType() == io.camunda.zeebe.protocol.record.RecordType.EVENT
                    && (intent.equals("ELEMENT_ACTIVATED") || intent.equals("ELEMENT_COMPLETED")
                    || intent.equals("ELEMENT_TERMINATED"))) {
                var v = (io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue) r.getValue();
                events.add(new ScratchEngine.ElementEvent(v.getProcessInstanceKey(), v.getParentProcessInstanceKey(),
                        v.getBpmnProcessId(), v.getElementId(), v.getBpmnElementType().name(), intent));
            }
        }
        return events;
    }

    @Override
    public synchronized java.util.List<ScratchEngine.Incident> incidents() {
        java.util.List<ScratchEngine.Incident> incidents = new java.util.ArrayList<>();
        for (var r : engine.getRecordStreamSource().getRecords()) {
            if (r.getValueType() == io.camunda.zeebe.protocol.record.ValueType.INCIDENT
                    && r.getRecordType() == io.camunda.zeebe.protocol.record.RecordType.EVENT
                    && r.getIntent().name().equals("CREATED")) {
                var v = (io.camunda.zeebe.protocol.record.value.IncidentRecordValue) r.getValue();
                incidents.add(new ScratchEngine.Incident(v.getProcessInstanceKey(), v.getElementId(),
                        v.getErrorType().name(), v.getErrorMessage()));
            }
        }
        return incidents;
    }

    @Override
    public void close() {
        engine.stop();
    }

    private Object readField(String name) {
        try {
            return field(name).get(engine);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Unsupported in-memory engine version: no field " + name, e);
        }
    }

    private void writeField(String name, Object value) {
        try {
            field(name).set(engine, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Unsupported in-memory engine version: cannot set " + name, e);
        }
    }

    private Field field(String name) throws NoSuchFieldException {
        Field field = engine.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
