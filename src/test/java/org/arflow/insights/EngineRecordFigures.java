package org.arflow.insights;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The heatmap's numbers computed by the test itself, straight from the engine's raw records (not from
 * the app's projection): per element of some instances, how many are there now, how many left, and
 * the mean and nearest-rank 90th percentile of their seconds there.
 */
record EngineRecordFigures(long waiting, long left, Double meanSeconds, Double p90Seconds) {

    static Map<String, EngineRecordFigures> of(ZeebeTestEngine engine, Set<Long> processInstanceKeys) {
        Map<Long, String> elementOf = new HashMap<>();
        Map<Long, Long> enteredAt = new HashMap<>();
        Map<Long, Long> leftAt = new HashMap<>();
        for (Record<ProcessInstanceRecordValue> r : RecordStream.of(engine.getRecordStreamSource()).processInstanceRecords()) {
            ProcessInstanceRecordValue v = r.getValue();
            if (!processInstanceKeys.contains(v.getProcessInstanceKey())
                    || v.getBpmnElementType() == BpmnElementType.PROCESS
                    || v.getBpmnElementType() == BpmnElementType.SEQUENCE_FLOW
                    || v.getBpmnElementType() == BpmnElementType.MULTI_INSTANCE_BODY) {
                continue;
            }
            if (r.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED) {
                elementOf.put(r.getKey(), v.getElementId());
                enteredAt.put(r.getKey(), r.getTimestamp());
            } else if (r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                    || r.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED) {
                leftAt.put(r.getKey(), r.getTimestamp());
            }
        }
        Map<String, Long> waiting = new TreeMap<>();
        Map<String, List<Double>> seconds = new TreeMap<>();
        elementOf.forEach((key, element) -> {
            seconds.computeIfAbsent(element, e -> new ArrayList<>());
            if (leftAt.containsKey(key)) {
                seconds.get(element).add((leftAt.get(key) - enteredAt.get(key)) / 1000.0);
            } else {
                waiting.merge(element, 1L, Long::sum);
            }
        });
        Map<String, EngineRecordFigures> figures = new TreeMap<>();
        seconds.forEach((element, list) -> {
            List<Double> sorted = list.stream().sorted().toList();
            Double mean = sorted.isEmpty() ? null : sorted.stream().mapToDouble(d -> d).average().orElseThrow();
            Double p90 = sorted.isEmpty() ? null : sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
            figures.put(element, new EngineRecordFigures(waiting.getOrDefault(element, 0L), sorted.size(), mean, p90));
        });
        return figures;
    }
}
