package org.arflow.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The follow-up's contract and bpmn/ say the same: every variable and message one names, the other uses. */
class FollowUpContractTest {

    private static final Path BPMN = Path.of("bpmn");

    @Test
    void every_start_and_remittance_variable_of_the_contract_is_named_in_the_processes() throws IOException {
        String processes = allFiles();
        Set<String> contract = new HashSet<>(FollowUpContract.START_VARIABLES);
        contract.addAll(FollowUpContract.REMITTANCE_VARIABLES);

        assertThat(contract).allSatisfy(name ->
                assertThat(Pattern.compile("\\b" + name + "\\b").matcher(processes).find()).as(name).isTrue());
    }

    @Test
    void every_input_of_the_remittance_routing_decision_is_given_by_the_contract() throws IOException {
        String dmn = Files.readString(BPMN.resolve("remittance-routing.dmn"));
        Matcher inputs = Pattern.compile("<inputExpression[^>]*><text>([^<]+)</text>").matcher(dmn);
        List<String> read = inputs.results().map(m -> m.group(1).trim()).toList();

        assertThat(read).isNotEmpty();
        assertThat(FollowUpContract.REMITTANCE_VARIABLES).containsAll(read);
    }

    @Test
    void the_messages_the_claims_feature_publishes_are_the_ones_the_processes_wait_for() throws IOException {
        Matcher declared = Pattern.compile("<(?:bpmn:)?message id=\"[^\"]+\" name=\"([^\"]+)\"").matcher(allFiles());
        Set<String> awaited = new HashSet<>(declared.results().map(m -> m.group(1)).toList());

        assertThat(awaited).containsAll(new ClaimMessages().messageNames());
    }

    @Test
    void the_variables_a_remittance_gives_are_exactly_the_ones_the_contract_names() {
        ClaimRemittance r = new ClaimRemittance("C-1", "1", BigDecimal.TEN, BigDecimal.ONE, null, null,
                LocalDate.of(2026, 1, 5), List.of(), List.of(), List.of());

        assertThat(FollowUpContract.remittanceVariables(r, null, BigDecimal.TEN,
                new PostingPolicy(Set.of(), BigDecimal.ZERO)).keySet())
                .containsExactlyInAnyOrderElementsOf(FollowUpContract.REMITTANCE_VARIABLES);
    }

    private static String allFiles() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(BPMN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".bpmn") || p.toString().endsWith(".dmn")).toList()) {
                text.append(Files.readString(f)).append('\n');
            }
        }
        return text.toString();
    }
}
