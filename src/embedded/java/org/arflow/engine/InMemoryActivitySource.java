package org.arflow.engine;

import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.logstreams.log.LoggedEvent;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.value.deployment.ProcessRecord;
import io.camunda.zeebe.protocol.impl.record.value.processinstance.ProcessInstanceRecord;
import io.camunda.zeebe.protocol.impl.record.value.variable.VariableRecord;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the in-memory engine's log with a reader of its own, from the position where it stopped last time.
 * Its own reader, not the engine's RecordStreamSource: that one appends to a list other threads (tests)
 * iterate, and it would keep a second copy of every record. Only the records the projection needs are decoded.
 */
class InMemoryActivitySource implements EngineActivitySource {

    /** The whole instance and a multi-instance body are not places a claim waits at; their inner elements are. */
    private static final Set<BpmnElementType> SKIPPED = Set.of(BpmnElementType.PROCESS,
            BpmnElementType.MULTI_INSTANCE_BODY, BpmnElementType.SEQUENCE_FLOW, BpmnElementType.UNSPECIFIED);

    private final LogStreamReader reader;
    private long position = -1;

    InMemoryActivitySource(LogStream log) {
        this.reader = log.newLogStreamReader();
    }

    @Override
    public synchronized List<EngineActivity> readNext(int max) {
        if (position < 0) {
            reader.seekToFirstEvent();
        } else {
            reader.seekToNextEvent(position);
        }
        List<EngineActivity> activities = new ArrayList<>();
        while (activities.size() < max && reader.hasNext()) {
            LoggedEvent event = reader.next();
            position = event.getPosition();
            RecordMetadata metadata = new RecordMetadata();
            event.readMetadata(metadata);
            if (metadata.getRecordType() == RecordType.EVENT) {
                EngineActivity activity = toActivity(event, metadata);
                if (activity != null) {
                    activities.add(activity);
                }
            }
        }
        return activities;
    }

    private static EngineActivity toActivity(LoggedEvent event, RecordMetadata metadata) {
        Instant at = Instant.ofEpochMilli(event.getTimestamp()); // the engine's clock, moved by tests and demos
        ValueType type = metadata.getValueType();
        if (type == ValueType.PROCESS_INSTANCE) {
            return elementActivity(event, metadata, at);
        }
        if (type == ValueType.PROCESS && metadata.getIntent() == ProcessIntent.CREATED) {
            ProcessRecord p = new ProcessRecord();
            event.readValue(p);
            return new EngineActivity.ProcessDeployed(p.getProcessDefinitionKey(), p.getBpmnProcessId(), p.getVersion(),
                    new String(p.getResource(), StandardCharsets.UTF_8));
        }
        if (type == ValueType.VARIABLE && metadata.getIntent() == VariableIntent.CREATED) {
            VariableRecord v = new VariableRecord();
            event.readValue(v);
            String value = v.getValue();
            if ("claimId".equals(v.getName()) && v.getScopeKey() == v.getProcessInstanceKey()
                    && value != null && value.length() > 2 && value.startsWith("\"")) {
                return new EngineActivity.InstanceOfClaim(v.getProcessInstanceKey(), value.substring(1, value.length() - 1));
            }
        }
        return null;
    }

    private static EngineActivity elementActivity(LoggedEvent event, RecordMetadata metadata, Instant at) {
        var intent = metadata.getIntent();
        if (intent != ProcessInstanceIntent.ELEMENT_ACTIVATED && intent != ProcessInstanceIntent.ELEMENT_COMPLETED
                && intent != ProcessInstanceIntent.ELEMENT_TERMINATED) {
            return null;
        }
        ProcessInstanceRecord v = new ProcessInstanceRecord();
        event.readValue(v);
        if (SKIPPED.contains(v.getBpmnElementType())) {
            return null;
        }
        if (intent == ProcessInstanceIntent.ELEMENT_ACTIVATED) {
            return new EngineActivity.ElementEntered(event.getKey(), v.getProcessInstanceKey(),
                    v.getProcessDefinitionKey(), v.getBpmnProcessId(), v.getVersion(), v.getElementId(),
                    v.getBpmnElementType().name(), at);
        }
        return new EngineActivity.ElementLeft(event.getKey(),
                intent == ProcessInstanceIntent.ELEMENT_COMPLETED ? "COMPLETED" : "TERMINATED", at);
    }

    /** The engine keeps its log stream private; the projection needs a reader of its own on it. */
}
