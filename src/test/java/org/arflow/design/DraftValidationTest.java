package org.arflow.design;

import static org.assertj.core.api.Assertions.assertThat;

import org.arflow.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drafts broken in each way are refused by validation with the reason named; the live flow passes.
 * Real scratch engines, the app's real worker registry, teams and published messages.
 */
@IntegrationTest
class DraftValidationTest {

    @Autowired
    Drafts drafts;

    private ValidationReport validate(String xml) {
        Draft draft = drafts.upload("claim-follow-up.bpmn", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), "analyst");
        ValidationReport report = drafts.validate(draft.id(), "analyst");
        System.out.println(report.text());
        return report;
    }

    @Test
    void the_live_follow_up_passes_every_check_and_every_scenario() {
        ValidationReport report = validate(DraftFiles.followUp());

        assertThat(report.failures()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.checks()).extracting(Check::check).contains(ModelChecks.PARSES, ScratchChecks.DEPLOYS,
                ModelChecks.JOB_TYPES, ModelChecks.MESSAGES, ModelChecks.GROUPS, ScratchChecks.SCENARIO);
        assertThat(report.checks()).filteredOn(c -> c.check().equals(ScratchChecks.SCENARIO))
                .hasSize(ClaimScenarios.all().size());
        assertThat(report.checks()).anyMatch(c -> c.outcome() == Check.Outcome.CANNOT_CHECK
                && c.detail().contains("=[billingTeam]"));
    }

    @Test
    void a_draft_of_a_called_process_runs_the_scenarios_that_go_through_it() throws Exception {
        ValidationReport report = validate(java.nio.file.Files.readString(java.nio.file.Path.of("bpmn/appeal.bpmn")));

        assertThat(report.passed()).isTrue();
        assertThat(report.checks()).filteredOn(c -> c.check().equals(ScratchChecks.SCENARIO))
                .extracting(Check::detail).hasSize(2).allMatch(d -> d.contains("ppeal"));
    }

    @Test
    void a_draft_of_a_process_without_scenarios_says_so() throws Exception {
        ValidationReport report = validate(java.nio.file.Files.readString(java.nio.file.Path.of("bpmn/payment-plan.bpmn")));

        assertThat(report.passed()).isTrue();
        assertThat(report.checks()).anySatisfy(c -> assertThat(c.line())
                .isEqualTo("Scenario: cannot check - no scenarios for this process (payment-plan)"));
    }

    @Test
    void a_file_that_is_not_xml_is_refused_as_unparseable() {
        ValidationReport report = validate(DraftFiles.followUp().substring(0, 2000));

        assertThat(report.passed()).isFalse();
        assertThat(report.failures().getFirst().check()).isEqualTo(ModelChecks.PARSES);
        assertThat(report.failures().getFirst().detail()).startsWith("the file is not valid BPMN");
    }

    @Test
    void a_job_type_no_worker_takes_is_refused_by_name() {
        ValidationReport report = validate(DraftFiles.replaced(DraftFiles.followUp(), "type=\"close-claim\"",
                "type=\"close-claim-twice\""));

        assertThat(report.failures()).anySatisfy(c -> {
            assertThat(c.check()).isEqualTo(ModelChecks.JOB_TYPES);
            assertThat(c.detail()).contains("Close claim").contains("no worker in the app takes job type \"close-claim-twice\"");
        });
    }

    @Test
    void a_message_the_app_never_publishes_is_refused_by_name() {
        ValidationReport report = validate(DraftFiles.replaced(DraftFiles.followUp(), "name=\"claim-status-received\"",
                "name=\"claim-status-arrived\""));

        assertThat(report.failures()).anySatisfy(c -> {
            assertThat(c.check()).isEqualTo(ModelChecks.MESSAGES);
            assertThat(c.detail()).contains("Claim status received").contains("\"claim-status-arrived\"")
                    .contains("never publishes");
        });
    }

    @Test
    void a_candidate_group_that_is_no_team_is_refused_by_name() {
        ValidationReport report = validate(DraftFiles.replaced(DraftFiles.followUp(), "candidateGroups=\"Supervisors\"",
                "candidateGroups=\"Auditors\""));

        assertThat(report.failures()).anySatisfy(c -> {
            assertThat(c.check()).isEqualTo(ModelChecks.GROUPS);
            assertThat(c.detail()).contains("Auditors").contains("no team or role");
        });
    }

    @Test
    void a_paid_claim_that_ends_at_the_wrong_end_fails_its_scenario_by_name() {
        ValidationReport report = validate(DraftFiles.paidPathEndsAtTheWrongEnd(DraftFiles.followUp()));

        assertThat(report.failures()).anySatisfy(c -> {
            assertThat(c.check()).isEqualTo(ScratchChecks.SCENARIO);
            assertThat(c.detail()).contains("Paid in full").contains("ended at [PatientBalanceHandedOff] instead of ClaimResolved");
        });
    }
}
