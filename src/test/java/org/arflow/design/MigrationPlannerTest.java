package org.arflow.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.arflow.IntegrationTest;
import org.arflow.engine.DeployedProcess;
import org.arflow.engine.LiveDeployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The migration preview maps elements by id and kind and names those without a counterpart. */
@IntegrationTest
class MigrationPlannerTest {

    @Autowired
    MigrationPlanner planner;
    @Autowired
    LiveDeployment live;

    @Test
    void an_element_removed_in_the_latest_version_is_named_and_the_others_map_onto_themselves() {
        String original = DraftFiles.followUp();
        String renamed = original.replace("id=\"RecordUnderpaymentDispute\"", "id=\"RecordDispute\"")
                .replace("\"RecordUnderpaymentDispute\"", "\"RecordDispute\"")
                .replace(">RecordUnderpaymentDispute<", ">RecordDispute<");
        DeployedProcess before = live.deploy("claim-follow-up.bpmn", original.getBytes(StandardCharsets.UTF_8), "test", "base").getFirst();
        try {
            DeployedProcess after = live.deploy("claim-follow-up.bpmn", renamed.getBytes(StandardCharsets.UTF_8), "test",
                    "renamed a task").getFirst();

            MigrationPreview preview = planner.preview("claim-follow-up", before.version());

            assertThat(preview.toVersion()).isEqualTo(after.version());
            assertThat(preview.withoutCounterpart()).containsExactly("Record underpayment dispute (RecordUnderpaymentDispute)");
            assertThat(preview.mappings()).extracting(MigrationPreview.Mapping::sourceElementId)
                    .contains("WaitForPayer", "CloseClaim", "AwaitPayerResponse")
                    .doesNotContain("RecordUnderpaymentDispute");
        } finally {
            live.deploy("claim-follow-up.bpmn", original.getBytes(StandardCharsets.UTF_8), "test", "restore bpmn/");
        }
    }
}
