package org.arflow.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arflow.IntegrationTest;
import org.arflow.TestHttp;
import org.arflow.design.Draft;
import org.arflow.design.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/**
 * Each side of a run is picked from the live processes, a deployed version of claim-follow-up, a saved
 * design draft or an uploaded file; the run keeps what each side was.
 */
@IntegrationTest
class WhatIfSidesTest {

    private static final String SMALL = "\"claims\": 20, \"horizonDays\": 30, \"seed\": 3";

    @Autowired
    WhatIfService whatIf;
    @Autowired
    Drafts drafts;
    @LocalServerPort
    int port;

    @Test
    void a_run_of_a_deployed_version_against_a_saved_draft_keeps_both_sides_labels_files_and_results() {
        SideOptions.Version version = whatIf.sideOptions("analyst").versions().getLast(); // the oldest
        Draft draft = drafts.copyOf(VersionModel.CLAIM_PROCESS, version.version(), "analyst");
        try {
            var sides = http().get("/api/whatif/sides", "analyst");
            assertThat(sides.statusCode()).isEqualTo(200);
            assertThat(sides.body()).contains("\"version\":" + version.version(), "\"id\":" + draft.id());

            var started = http().postJson("/api/whatif/runs", "analyst", "{" + SMALL
                    + ", \"sideA\": {\"kind\": \"VERSION\", \"version\": " + version.version() + "}"
                    + ", \"sideB\": {\"kind\": \"DRAFT\", \"draftId\": " + draft.id() + "}}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            WhatIfRun run = WhatIfRunsAwait.done(whatIf, idOf(started.body()), Duration.ofMinutes(4));

            assertThat(run.status()).as(run.error()).isEqualTo(WhatIfRun.Status.DONE);
            assertThat(run.sideA()).isEqualTo("claim-follow-up version " + version.version());
            assertThat(run.sideB()).isEqualTo("draft " + draft.id() + ": " + draft.title() + " (revision 1)");
            assertThat(run.resultA().label()).isEqualTo(run.sideA());
            assertThat(run.resultB().label()).isEqualTo(run.sideB());
            assertThat(run.sideAFiles()).contains("claim-follow-up.bpmn", "follow-up-cadence.dmn");
            assertThat(run.sideBFiles()).contains("claim-follow-up.bpmn", "follow-up-cadence.dmn");
            assertThat(run.resultA().claims()).isEqualTo(20);
            assertThat(run.resultB()).as("a draft copied from the version is the same process: the same figures")
                    .usingRecursiveComparison().ignoringFields("label", "wallMillis").isEqualTo(run.resultA());
        } finally {
            drafts.delete(draft.id(), "analyst");
        }
    }

    @Test
    void a_draft_that_does_not_exist_is_refused_with_its_number_before_anything_is_queued() {
        long before = whatIf.latest().isEmpty() ? 0 : whatIf.latest().getFirst().id();

        var refused = http().postJson("/api/whatif/runs", "analyst",
                "{" + SMALL + ", \"sideB\": {\"kind\": \"DRAFT\", \"draftId\": 999999}}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("No draft 999999");
        assertThat(whatIf.latest().isEmpty() ? 0 : whatIf.latest().getFirst().id()).isEqualTo(before);
    }

    @Test
    void a_version_arflow_has_no_file_of_and_an_incomplete_side_are_refused_by_what_is_missing() {
        var noVersion = http().postJson("/api/whatif/runs", "analyst",
                "{" + SMALL + ", \"sideA\": {\"kind\": \"VERSION\", \"version\": 999999}}");
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(noVersion.body()).contains("arflow has no file of claim-follow-up version 999999");

        var noDraftId = http().postJson("/api/whatif/runs", "analyst", "{" + SMALL + ", \"sideB\": {\"kind\": \"DRAFT\"}}");
        assertThat(noDraftId.statusCode()).isEqualTo(400);
        assertThat(noDraftId.body()).contains("Side B: a DRAFT side needs its draftId");
    }

    @Test
    void only_a_user_who_may_read_drafts_can_put_one_on_a_side_or_see_them_offered() {
        Draft draft = drafts.copyOf(VersionModel.CLAIM_PROCESS,
                whatIf.sideOptions("analyst").versions().getFirst().version(), "analyst");
        try {
            assertThat(whatIf.sideOptions("analyst").drafts()).extracting(SideOptions.SavedDraft::id).contains(draft.id());
            assertThat(whatIf.sideOptions("supervisor").drafts()).isEmpty();
            assertThatThrownBy(() -> whatIf.side(new SideChoice.SavedDraft(draft.id()), "supervisor"))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Only analysts read drafts");
            assertThat(whatIf.side(new SideChoice.SavedDraft(draft.id()), "analyst").resources())
                    .containsKey("claim-follow-up.bpmn");
            assertThat(http().get("/api/whatif/sides", "supervisor").statusCode()).isEqualTo(403);
        } finally {
            drafts.delete(draft.id(), "analyst");
        }
    }

    private TestHttp http() {
        return new TestHttp(port);
    }

    private static long idOf(String body) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Long.parseLong(m.group(1));
    }
}
