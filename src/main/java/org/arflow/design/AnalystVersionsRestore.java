package org.arflow.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.arflow.engine.DeployedProcess;
import org.arflow.engine.DeploymentLog;
import org.arflow.engine.EngineMode;
import org.arflow.engine.EngineProperties;
import org.arflow.engine.LiveDeployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After a restart the embedded engine knows only bpmn/ again. When the newest recorded version of a
 * process was deployed from the app, its versions after the first are deployed again in order (from the
 * files kept in the deployment log), so the analysts' version stays live and the engine's version
 * numbers match the catalog. Runs before claims are resumed.
 */
@Component
@Order(-9) // after bpmn/ is deployed (-10), before open claims are resumed (5)
class AnalystVersionsRestore implements ApplicationRunner {

    /** Deploys one file and answers the versions the engine made. */
    interface Deployer {
        List<DeployedProcess> deploy(String resourceName, byte[] content);
    }

    private static final Logger log = LoggerFactory.getLogger(AnalystVersionsRestore.class);

    private final DeploymentLog deployments;
    private final LiveDeployment live;
    private final EngineProperties engine;

    AnalystVersionsRestore(DeploymentLog deployments, LiveDeployment live, EngineProperties engine) {
        this.deployments = deployments;
        this.live = live;
        this.engine = engine;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (engine.mode() == EngineMode.EMBEDDED) {
            restore((resource, content) -> live.deploy(resource, content, "restart", null));
        }
    }

    /** The versions deployed again, as "process vN". */
    List<String> restore(Deployer deployer) {
        Map<String, List<DeploymentLog.Entry>> byProcess = deployments.entries().stream()
                .filter(e -> DeploymentLog.PROCESS.equals(e.kind()))
                .collect(Collectors.groupingBy(DeploymentLog.Entry::processId));
        List<String> restored = new ArrayList<>();
        byProcess.forEach((processId, versions) -> {
            versions.sort(Comparator.comparingInt(DeploymentLog.Entry::version));
            if (versions.getLast().reason() == null) {
                return; // bpmn/ holds the newest version: nothing of the analysts' to bring back
            }
            for (DeploymentLog.Entry version : versions.subList(1, versions.size())) {
                Optional<byte[]> file = deployments.content(DeploymentLog.PROCESS, processId, version.version());
                int made = file.map(f -> deployer.deploy(version.resourceName(), f).stream()
                        .filter(p -> p.processId().equals(processId)).mapToInt(DeployedProcess::version)
                        .findFirst().orElse(-1)).orElse(-1);
                if (made != version.version()) {
                    log.warn("Restoring {} stopped at version {}: the engine made version {}", processId,
                            version.version(), made);
                    return;
                }
                restored.add(processId + " v" + made);
            }
            log.info("Versions deployed from the app are live again: {}", restored);
        });
        return restored;
    }
}
