package org.arflow.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN and DMN file of bpmn/ at start-up, in one deployment. The engine keeps the
 * current version of a resource whose content did not change, so a restart creates no new versions.
 */
@Component
@org.springframework.core.annotation.Order(-10) // before everything that starts processes or evaluates decisions
class ProcessDeployer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(30);

    private final CamundaClient client;
    private final EngineProperties properties;
    private final ResourcePatternResolver resolver;
    private final DeploymentLog deploymentLog;
    private final ProcessModels models;

    ProcessDeployer(CamundaClient client, EngineProperties properties, ResourcePatternResolver resolver,
                    DeploymentLog deploymentLog, ProcessModels models) {
        this.models = models;
        this.client = client;
        this.properties = properties;
        this.resolver = resolver;
        this.deploymentLog = deploymentLog;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.mode() == EngineMode.EMBEDDED) {
            deployToEmbeddedEngine();
        } else {
            deployWhenClusterAnswers();
        }
    }

    /**
     * The engine is in this JVM: if deploying fails, the start must fail. The in-memory engine now and then
     * loses the answer to a command under load; deploying the same files again changes nothing, so a
     * deploy that got no answer is sent again, twice at most.
     */
    private void deployToEmbeddedEngine() {
        for (int attempt = 1; ; attempt++) {
            try {
                deployAll();
                return;
            } catch (io.camunda.client.api.command.ClientStatusException e) {
                if (attempt == 3 || e.getStatusCode() != io.grpc.Status.Code.DEADLINE_EXCEEDED) {
                    throw e;
                }
                log.warn("The embedded engine did not answer the deployment of bpmn/ (attempt {}); sending it again",
                        attempt);
            }
        }
    }

    /** A cluster may be down while the app starts: keep trying; health "engine" shows DOWN meanwhile. */
    private void deployWhenClusterAnswers() {
        Thread.ofVirtual().name("bpmn-deployer").start(() -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    deployAll();
                    return;
                } catch (RuntimeException e) {
                    log.error("Deploying bpmn/ to the engine failed (attempt {}), retrying in 30 s: {}", attempt,
                            e.getMessage());
                }
                try {
                    Thread.sleep(RETRY_PAUSE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }

    List<DeployedProcess> deployAll() {
        List<Resource> resources = findResources();
        if (resources.isEmpty()) {
            log.warn("No BPMN or DMN files found in {}", properties.resources());
            return List.of();
        }
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        resources.forEach(r -> files.put(r.getFilename(), read(r)));
        var command = client.newDeployResourceCommand().addResourceBytes(read(resources.getFirst()),
                resources.getFirst().getFilename());
        for (Resource resource : resources.subList(1, resources.size())) {
            command = command.addResourceBytes(files.get(resource.getFilename()), resource.getFilename());
        }
        resources.stream().filter(r -> r.getFilename().endsWith(".bpmn")).forEach(r -> models.register(read(r)));
        DeploymentEvent event = command.requestTimeout(Duration.ofSeconds(30)).send().join();
        List<DeployedProcess> deployed = event.getProcesses().stream()
                .map(p -> new DeployedProcess(p.getBpmnProcessId(), p.getVersion(), p.getProcessDefinitionKey(),
                        p.getResourceName()))
                .toList();
        deployed.forEach(p -> log.info("Process {} is at version {} ({})", p.processId(), p.version(),
                p.resourceName()));
        event.getDecisions().forEach(d -> log.info("Decision {} is at version {}", d.getDmnDecisionId(),
                d.getVersion()));
        deploymentLog.record(event, files, "start-up", null);
        return deployed;
    }

    private List<Resource> findResources() {
        List<Resource> found = new ArrayList<>();
        for (String pattern : properties.resources()) {
            try {
                found.addAll(List.of(resolver.getResources(pattern.trim())));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list process files " + pattern, e);
            }
        }
        // the same file can be reachable twice on a classpath (a folder and a jar): deploy each name once
        java.util.Map<String, Resource> byName = new java.util.TreeMap<>();
        found.forEach(r -> byName.putIfAbsent(r.getFilename(), r));
        return new ArrayList<>(byName.values());
    }

    private static byte[] read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read process file " + resource.getDescription(), e);
        }
    }
}
