package org.arflow.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Deploys one BPMN or DMN file to the live engine on a person's behalf and records who, when and why.
 * Running instances stay on their version; new ones start on the version this creates.
 */
@Component
public class LiveDeployment {

    private final CamundaClient client;
    private final DeploymentLog log;
    private final ProcessModels models;

    LiveDeployment(CamundaClient client, DeploymentLog log, ProcessModels models) {
        this.client = client;
        this.log = log;
        this.models = models;
    }

    /** The versions the engine made of this file (for a BPMN file: its processes). */
    public List<DeployedProcess> deploy(String resourceName, byte[] content, String deployedBy, String reason) {
        DeploymentEvent event = client.newDeployResourceCommand().addResourceBytes(content, resourceName)
                .requestTimeout(Duration.ofSeconds(30)).send().join();
        if (resourceName.endsWith(".bpmn")) {
            models.register(content);
        }
        log.record(event, Map.of(resourceName, content), deployedBy, reason);
        return event.getProcesses().stream()
                .map(p -> new DeployedProcess(p.getBpmnProcessId(), p.getVersion(), p.getProcessDefinitionKey(),
                        p.getResourceName()))
                .toList();
    }
}
