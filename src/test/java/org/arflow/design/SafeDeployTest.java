package org.arflow.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.arflow.IntegrationTest;
import org.arflow.claims.LifecycleDriver;
import org.arflow.engine.DeployedProcess;
import org.arflow.engine.DeploymentLog;
import org.arflow.engine.EmbeddedEngine;
import org.arflow.engine.LiveDeployment;
import org.arflow.security.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Only a validated, unchanged draft goes live, with a reason; running claims keep their version. */
@IntegrationTest
class SafeDeployTest {

    /** The wait for the payer as "Await payer response" computes it (in an XML attribute, so quotes are escaped). */
    static final String CADENCE = "duration(&quot;P&quot; + string(followUpDays) + &quot;D&quot;)";
    /** A longer wait for the payer before the status inquiry: 7 more days. */
    static final String SLOWER_CADENCE = "duration(&quot;P&quot; + string(followUpDays + 7) + &quot;D&quot;)";

    @Autowired
    Drafts drafts;
    @Autowired
    SafeDeploy safeDeploy;
    @Autowired
    LiveDeployment live;
    @Autowired
    DeploymentLog deploymentLog;
    @Autowired
    AuditLog audit;
    @Autowired
    LifecycleDriver office;
    @Autowired
    EmbeddedEngine engine;
    @Autowired
    ProcessCatalog catalog;

    private Draft slowerCadenceDraft() {
        String xml = DraftFiles.replaced(DraftFiles.followUp(), CADENCE,
                SLOWER_CADENCE);
        return drafts.upload("claim-follow-up.bpmn", xml.getBytes(StandardCharsets.UTF_8), "analyst");
    }

    @Test
    void a_draft_that_was_not_validated_is_not_deployed() {
        Draft draft = slowerCadenceDraft();

        assertThatThrownBy(() -> safeDeploy.deploy(draft.id(), "analyst", "faster follow-up"))
                .isInstanceOf(DeployRefusedException.class).hasMessageContaining("not validated since the last save");
    }

    @Test
    void a_draft_that_failed_validation_is_not_deployed() {
        String xml = DraftFiles.replaced(DraftFiles.followUp(), "type=\"close-claim\"", "type=\"close-claim-twice\"");
        Draft draft = drafts.upload("claim-follow-up.bpmn", xml.getBytes(StandardCharsets.UTF_8), "analyst");
        drafts.validate(draft.id(), "analyst");

        assertThatThrownBy(() -> safeDeploy.deploy(draft.id(), "analyst", "try anyway"))
                .isInstanceOf(DeployRefusedException.class).hasMessageContaining("validation failed");
    }

    @Test
    void a_draft_changed_after_its_validation_must_be_validated_again_and_a_reason_is_required() {
        Draft draft = slowerCadenceDraft();
        assertPasses(drafts.validate(draft.id(), "analyst"));

        assertThatThrownBy(() -> safeDeploy.deploy(draft.id(), "analyst", " "))
                .isInstanceOf(DeployRefusedException.class).hasMessageContaining("Say why");
        drafts.save(draft.id(), draft.xml().replace("Await payer response", "Await the payer"), "analyst");
        assertThatThrownBy(() -> safeDeploy.deploy(draft.id(), "analyst", "slower cadence"))
                .isInstanceOf(DeployRefusedException.class).hasMessageContaining("not validated since the last save");
    }

    @Test
    void billers_and_supervisors_cannot_change_validate_or_deploy_drafts() {
        Draft draft = slowerCadenceDraft();
        for (String user : new String[] {"biller", "supervisor"}) {
            assertThatThrownBy(() -> drafts.save(draft.id(), draft.xml(), user)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> drafts.validate(draft.id(), user)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> safeDeploy.deploy(draft.id(), user, "why not")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> drafts.upload("x.bpmn", new byte[0], user)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_validated_draft_goes_live_new_claims_take_it_and_a_running_claim_stays_on_its_version() {
        String original = DraftFiles.followUp();
        office.submit("SD-OLD", "Medicare", 10, "100.00", null);
        int oldVersion = versionOf(office.instanceKey("SD-OLD"));
        Draft draft = slowerCadenceDraft();
        assertPasses(drafts.validate(draft.id(), "analyst"));
        try {
            DeployedProcess deployed = safeDeploy.deploy(draft.id(), "analyst", "Medicare answers slowly: wait a week longer");

            assertThat(deployed.version()).isGreaterThan(oldVersion);
            office.submit("SD-NEW", "Medicare", 10, "100.00", null);
            assertThat(versionOf(office.instanceKey("SD-NEW"))).isEqualTo(deployed.version());
            assertThat(versionOf(office.instanceKey("SD-OLD"))).isEqualTo(oldVersion);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(catalog.entries())
                    .filteredOn(e -> e.id().equals("claim-follow-up") && e.version() == deployed.version())
                    .singleElement().satisfies(e -> {
                        assertThat(e.latest()).isTrue();
                        assertThat(e.openClaims()).isEqualTo(1L); // SD-NEW
                    }));
            office.remit("SD-OLD", "SD-1", "1", "100.00", "100.00", "0");
            office.awaitEndedAt("SD-OLD", "ClaimResolved");

            assertThat(deploymentLog.entries()).anySatisfy(e -> {
                assertThat(e.processId()).isEqualTo("claim-follow-up");
                assertThat(e.version()).isEqualTo(deployed.version());
                assertThat(e.deployedBy()).isEqualTo("analyst");
                assertThat(e.reason()).isEqualTo("Medicare answers slowly: wait a week longer");
                assertThat(e.resourceName()).isEqualTo("claim-follow-up.bpmn");
            });
            assertThat(audit.entries("analyst", null, 0, 50)).anySatisfy(a -> assertThat(a.toString())
                    .contains("PROCESS_DEPLOYED").contains("version " + deployed.version()));
            assertThat(new String(deploymentLog.content(DeploymentLog.PROCESS, "claim-follow-up", deployed.version())
                    .orElseThrow(), StandardCharsets.UTF_8)).contains("followUpDays + 7");
            assertThat(drafts.get(draft.id()).deployedVersion()).isEqualTo(deployed.version());
        } finally {
            // other tests share this engine: new claims go back to the repository's flow
            live.deploy("claim-follow-up.bpmn", original.getBytes(StandardCharsets.UTF_8), "test", "restore bpmn/");
        }
    }

    private static void assertPasses(ValidationReport report) {
        assertThat(report.passed()).as(report.text()).isTrue();
    }

    /** The version of claim-follow-up the instance runs, as the engine recorded it. */
    private int versionOf(long processInstanceKey) {
        ZeebeTestEngine zeebe = (ZeebeTestEngine) engine.engine();
        return await().atMost(Duration.ofSeconds(30)).until(() -> StreamSupport
                .stream(zeebe.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(r -> r.getValueType() == ValueType.PROCESS_INSTANCE)
                .map(r -> (ProcessInstanceRecordValue) r.getValue())
                .filter(v -> v.getProcessInstanceKey() == processInstanceKey)
                .map(ProcessInstanceRecordValue::getVersion).findFirst().orElse(null), v -> v != null);
    }
}
