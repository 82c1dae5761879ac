package org.arflow.engine;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.Process;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Names of the BPMN elements arflow deployed, so people read "Follow up with payer", not an element id. */
@Component
public class ProcessModels {

    private final Map<String, String> names = new ConcurrentHashMap<>();

    void register(byte[] bpmnXml) {
        var model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmnXml));
        for (Process process : model.getModelElementsByType(Process.class)) {
            for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
                if (element.getName() != null && belongsTo(element, process)) {
                    names.put(process.getId() + "/" + element.getId(), element.getName());
                }
            }
        }
    }

    private static boolean belongsTo(FlowElement element, Process process) {
        for (var parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent == process) {
                return true;
            }
        }
        return false;
    }

    /** The element's name in the diagram, or its id when it has none. */
    public String elementName(String processId, String elementId) {
        return names.getOrDefault(processId + "/" + elementId, elementId);
    }
}
