package org.arflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each form produces exactly the variables its BPMN task's output mappings and gateways read. */
class TaskFormsTest {

    @Test
    void payer_follow_up_gives_the_outcome_call_reference_and_next_follow_up_typed_and_empty_ones_as_null() {
        Map<String, Object> outcome = TaskForms.outcome(TaskForms.forKey("payer-follow-up").orElseThrow(),
                Map.of("followUpOutcome", "PENDING", "callReference", " REF-7 ", "nextFollowUpDays", "10"));

        assertThat(outcome).containsEntry("followUpOutcome", "PENDING").containsEntry("callReference", "REF-7")
                .containsEntry("nextFollowUpDays", 10).containsEntry("notes", null)
                .containsOnlyKeys("followUpOutcome", "callReference", "nextFollowUpDays", "notes");
    }

    @Test
    void write_off_needs_a_reason_when_approved_and_instructions_when_sent_back() {
        TaskForm writeOff = TaskForms.forKey("write-off").orElseThrow();

        assertThatThrownBy(() -> TaskForms.outcome(writeOff, Map.of("writeOffDecision", "APPROVED")))
                .isInstanceOf(InvalidOutcomeException.class).extracting("errors", MAP)
                .containsExactly(Map.entry("writeOffReason", "Write-off reason is required."));
        assertThatThrownBy(() -> TaskForms.outcome(writeOff, Map.of("writeOffDecision", "SENT_BACK")))
                .extracting("errors", MAP).containsOnlyKeys("instructions");
        assertThat(TaskForms.outcome(writeOff, Map.of("writeOffDecision", "SENT_BACK", "instructions", "Call first")))
                .containsEntry("writeOffReason", null).containsEntry("instructions", "Call first");
    }

    @Test
    void wrong_values_are_refused_in_plain_words() {
        assertThatThrownBy(() -> TaskForms.outcome(TaskForms.forKey("approve-appeal").orElseThrow(), Map.of()))
                .hasMessageContaining("Answer \"File the appeal?\" with yes or no.");
        assertThatThrownBy(() -> TaskForms.outcome(TaskForms.forKey("silent-payer").orElseThrow(),
                Map.of("escalationOutcome", "KEEP_FOLLOWING_UP", "nextFollowUpDays", "2.5")))
                .hasMessageContaining("Follow up again in (days) must be a whole number of days from 1 to 180.");
        assertThatThrownBy(() -> TaskForms.outcome(TaskForms.forKey("payer-follow-up").orElseThrow(), Map.of()))
                .hasMessageContaining("Choose what the payer said.");
    }

    @Test
    void every_form_named_in_the_bpmn_files_exists_and_fills_what_its_output_mappings_read() throws Exception {
        var header = java.util.regex.Pattern.compile("<userTask id=\"(\\w+)\".*?key=\"form\" value=\"([\\w-]+)\"(.*?)</userTask>",
                java.util.regex.Pattern.DOTALL);
        var plainOutput = java.util.regex.Pattern.compile("<ns0:output source=\"=(?!true\"|false\"|null\")([a-zA-Z]\\w*)\"");
        int forms = 0;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("bpmn"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                var matcher = header.matcher(java.nio.file.Files.readString(file));
                while (matcher.find()) {
                    forms++;
                    TaskForm form = TaskForms.forKey(matcher.group(2)).orElseThrow(() ->
                            new AssertionError("No form for " + matcher.group(2)));
                    var produced = new java.util.HashSet<>(form.copies().values());
                    form.fields().forEach(f -> produced.add(f.name()));
                    var outputs = plainOutput.matcher(matcher.group(3));
                    while (outputs.find()) {
                        assertThat(produced).as("form %s of %s", form.key(), matcher.group(1))
                                .contains(outputs.group(1));
                    }
                }
            }
        }
        assertThat(forms).isGreaterThanOrEqualTo(13);
    }

    @Test
    void the_timely_filing_risk_notes_are_also_given_as_risk_notes_which_the_bpmn_maps() {
        assertThat(TaskForms.outcome(TaskForms.forKey("timely-filing-risk").orElseThrow(), Map.of("notes", "Called")))
                .containsEntry("riskNotes", "Called").containsEntry("notes", "Called");
        assertThat(TaskForms.forKey("unknown-form")).isEmpty();
    }
}
