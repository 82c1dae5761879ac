package org.arflow.whatif;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the simulation reads from a side's files: the files claim-follow-up needs (itself, the processes it
 * calls, every decision; the patient side is not simulated) and the names of the tasks.
 */
record VersionModel(Map<String, byte[]> deployable, Map<String, String> names) {

    static final String CLAIM_PROCESS = "claim-follow-up";

    private record BpmnFile(String name, byte[] content, BpmnModelInstance model, Set<String> processIds,
                            Set<String> calls) {
    }

    static VersionModel of(ProcessVersion version) {
        Map<String, BpmnFile> byProcess = new HashMap<>();
        Map<String, byte[]> deployable = new LinkedHashMap<>();
        for (var file : version.resources().entrySet()) {
            if (file.getKey().endsWith(".dmn")) {
                deployable.put(file.getKey(), file.getValue());
            } else if (file.getKey().endsWith(".bpmn")) {
                BpmnFile bpmn = read(file.getKey(), file.getValue());
                bpmn.processIds().forEach(id -> byProcess.put(id, bpmn));
            }
        }
        if (!byProcess.containsKey(CLAIM_PROCESS)) {
            throw new IllegalArgumentException(version.label() + ": no " + CLAIM_PROCESS + " process among its files");
        }
        Map<String, String> names = new HashMap<>();
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> toVisit = new ArrayDeque<>(List.of(CLAIM_PROCESS));
        while (!toVisit.isEmpty()) {
            BpmnFile file = byProcess.get(toVisit.pop());
            if (file == null || !seen.add(file.name())) {
                continue;
            }
            deployable.put(file.name(), file.content());
            for (FlowElement element : file.model().getModelElementsByType(FlowElement.class)) {
                if (element.getName() != null) {
                    names.putIfAbsent(processOf(element) + "/" + element.getId(), element.getName());
                }
            }
            toVisit.addAll(file.calls());
        }
        return new VersionModel(Map.copyOf(deployable), Map.copyOf(names));
    }

    private static BpmnFile read(String name, byte[] content) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " is not a BPMN file arflow can read: " + e.getMessage());
        }
        Set<String> ids = new HashSet<>();
        model.getModelElementsByType(Process.class).forEach(p -> ids.add(p.getId()));
        Set<String> calls = new HashSet<>();
        model.getModelElementsByType(ZeebeCalledElement.class).forEach(c -> calls.add(c.getProcessId()));
        return new BpmnFile(name, content, model, ids, calls);
    }

    private static String processOf(FlowElement element) {
        for (var parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent instanceof Process p) {
                return p.getId();
            }
        }
        return "";
    }

    String elementName(String processId, String elementId) {
        return names.getOrDefault(processId + "/" + elementId, elementId);
    }
}
