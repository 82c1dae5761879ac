package org.arflow.engine;

import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.ArflowEngineAssembly;
import io.camunda.zeebe.process.test.engine.db.InMemoryDbFactory;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Locale;

/**
 * Starts an in-memory engine (built by ArflowEngineAssembly, its gRPC gateway on loopback only) on
 * arflow's {@link StateStore} and {@link EngineLogStorage}. Lives in src/embedded/java, which the production build does not compile:
 * nothing there refers to the engine jars.
 */
class InMemoryEngineRunner implements EngineRunner {

    // The readers of getRecordStreamSource() below are synchronized: reading it appends to a list that a
    // second reader may be iterating (an admin's consistency report and an incident retry at once).

    /** Which state store an engine keeps its state in: arflow's, or the library's (for the benchmark). */
    enum Store {
        ARFLOW, LIBRARY;

        ZeebeDb<ZbColumnFamilies> create() {
            return this == ARFLOW ? new StateStore<>() : new InMemoryDbFactory<ZbColumnFamilies>().createDb();
        }
    }

    private final ArflowEngineAssembly.Parts parts;
    private final ZeebeTestEngine engine;
    private SettleWatch settleWatch;

    /** The JVM property that picks the library's store instead of arflow's: for the benchmarks' comparison only. */
    static final String STORE_PROPERTY = "arflow.engine.state-store";

    InMemoryEngineRunner(int port) {
        this(port, Store.valueOf(System.getProperty(STORE_PROPERTY, "arflow").toUpperCase(Locale.ROOT)));
    }

    InMemoryEngineRunner(int port, Store store) {
        this.parts = ArflowEngineAssembly.build(port, store.create(), new EngineLogStorage());
        this.engine = new LoopbackEngine(parts);
        engine.start();
    }

    @Override
    public InetSocketAddress gatewayAddress() {
        return (InetSocketAddress) parts.gatewayServer().getListenSockets().getFirst();
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
            settleWatch = new SettleWatch(parts.logStream(), parts.streamProcessor(), parts.clock());
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
        return new InMemoryActivitySource(parts.logStream());
    }

    @Override
    public synchronized java.util.List<ScratchEngine.ElementEvent> elementEvents() {
        java.util.List<ScratchEngine.ElementEvent> events = new ArrayList<>();
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
        java.util.List<ScratchEngine.Incident> incidents = new ArrayList<>();
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
}
