package org.arflow.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A draft replaces the live file that defines the same process or decision, whatever its file name. */
class ReplacementTest {

    private final ProcessVersion live = LiveProcesses.fromClasspath();

    @Test
    void a_draft_of_claim_follow_up_under_another_name_replaces_the_live_file() {
        byte[] draft = live.resources().get("claim-follow-up.bpmn");

        ProcessVersion side = Replacement.apply(live, "draft: mine", "claim-follow-up-faster.bpmn", draft);

        assertThat(side.resources()).containsKey("claim-follow-up-faster.bpmn").doesNotContainKey("claim-follow-up.bpmn");
        assertThat(side.resources()).containsKeys("appeal.bpmn", "follow-up-cadence.dmn", "remittance-routing.dmn");
        assertThat(VersionModel.of(side).deployable()).containsKey("claim-follow-up-faster.bpmn")
                .doesNotContainKeys("patient-balance.bpmn", "payment-plan.bpmn");
    }

    @Test
    void a_decision_draft_replaces_the_live_decision_and_nothing_else() {
        ProcessVersion side = Replacement.apply(live, "draft", "cadence-v2.dmn", live.resources().get("follow-up-cadence.dmn"));

        assertThat(side.resources()).containsKey("cadence-v2.dmn").doesNotContainKey("follow-up-cadence.dmn")
                .containsKeys("remittance-routing.dmn", "claim-status-routing.dmn");
    }

    @Test
    void a_file_that_is_no_process_is_refused_with_its_name() {
        assertThatThrownBy(() -> Replacement.apply(live, "draft", "x.bpmn", "<nope/>".getBytes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x.bpmn");
        assertThatThrownBy(() -> VersionModel.of(new ProcessVersion("only dmn",
                Map.of("a.dmn", live.resources().get("follow-up-cadence.dmn")))))
                .hasMessageContaining("no claim-follow-up process");
    }
}
