package org.arflow.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.arflow.IntegrationTest;
import org.arflow.engine.DeployedProcess;
import org.arflow.engine.LiveDeployment;
import org.arflow.engine.ScratchEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An engine that knows only bpmn/ again (a fresh scratch engine stands in for the restarted embedded one)
 * gets the versions analysts deployed back, with the same numbers as in the catalog.
 */
@IntegrationTest
class AnalystVersionsRestoreTest {

    @Autowired
    AnalystVersionsRestore restore;
    @Autowired
    LiveDeployment live;
    @Autowired
    ProcessCatalog catalog;

    @Test
    void the_versions_deployed_from_the_app_come_back_in_order_on_an_engine_that_knows_only_bpmn() {
        String original = DraftFiles.followUp();
        String slower = DraftFiles.replaced(original, SafeDeployTest.CADENCE,
                SafeDeployTest.SLOWER_CADENCE);
        DeployedProcess analysts = live.deploy("claim-follow-up.bpmn", slower.getBytes(StandardCharsets.UTF_8), "analyst",
                "wait a week longer").getFirst();
        try (ScratchEngine restarted = ScratchEngine.start()) {
            restarted.client().newDeployResourceCommand().addResourceBytes(original.getBytes(StandardCharsets.UTF_8),
                    "claim-follow-up.bpmn").requestTimeout(Duration.ofSeconds(60)).send().join();

            var restored = restore.restore((resource, content) -> restarted.client().newDeployResourceCommand()
                    .addResourceBytes(content, resource).requestTimeout(Duration.ofSeconds(60)).send().join()
                    .getProcesses().stream().map(p -> new DeployedProcess(p.getBpmnProcessId(), p.getVersion(),
                            p.getProcessDefinitionKey(), p.getResourceName())).toList());

            assertThat(restored).endsWith("claim-follow-up v" + analysts.version());
            assertThat(catalog.entries()).filteredOn(e -> e.id().equals("claim-follow-up") && e.latest())
                    .extracting(CatalogEntry::version).containsExactly(analysts.version());
        } finally {
            live.deploy("claim-follow-up.bpmn", original.getBytes(StandardCharsets.UTF_8), "test", "restore bpmn/");
        }
    }
}
