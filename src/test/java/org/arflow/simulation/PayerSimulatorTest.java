package org.arflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayerSimulatorTest {

    private static final LocalDate FROM = LocalDate.of(2026, 6, 1);
    private static final LocalDate TO = LocalDate.of(2026, 9, 30);

    @Test
    void the_same_seed_generates_the_same_claims_and_the_same_answers() {
        List<SyntheticClaim> a = new ClaimGenerator(7, PayerBehaviour.defaults(), "T-").claims(200, FROM, TO);
        List<SyntheticClaim> b = new ClaimGenerator(7, PayerBehaviour.defaults(), "T-").claims(200, FROM, TO);
        List<SyntheticClaim> other = new ClaimGenerator(8, PayerBehaviour.defaults(), "T-").claims(200, FROM, TO);

        assertThat(a).isEqualTo(b).isNotEqualTo(other);
        assertThat(a.stream().map(new PayerSimulator(3)::respond).toList())
                .isEqualTo(b.stream().map(new PayerSimulator(3)::respond).toList());
    }

    @Test
    void generated_claims_are_plausible() {
        List<SyntheticClaim> claims = new ClaimGenerator(11, PayerBehaviour.defaults(), "T-").claims(2_000, FROM, TO);

        assertThat(claims).allSatisfy(c -> {
            assertThat(c.serviceDate()).isBetween(FROM, TO);
            assertThat(c.lines()).hasSizeBetween(1, 3);
            assertThat(c.total()).isGreaterThan(BigDecimal.ZERO);
            assertThat(c.lines()).allMatch(l -> l.procedureCode().matches("\\d{5}"));
        });
        assertThat(claims.stream().map(c -> c.payer().payerName()).distinct()).hasSize(5);
        assertThat(claims.stream().map(SyntheticClaim::claimId).distinct()).hasSize(2_000);
    }

    @Test
    void answers_follow_the_payer_behaviour_within_tolerance() {
        PayerBehaviour medicare = PayerBehaviour.defaults().getFirst();
        List<SyntheticClaim> claims = new ClaimGenerator(5, List.of(medicare), "T-").claims(20_000, FROM, TO);
        PayerSimulator simulator = new PayerSimulator(9);
        List<PayerResponse> answers = claims.stream().map(simulator::respond).toList();

        double denied = share(answers, PayerResponse.Kind.DENIED);
        double documentation = share(answers, PayerResponse.Kind.DOCUMENTATION_REQUESTED);
        double meanDays = answers.stream().mapToDouble(PayerResponse::days).average().orElseThrow();
        Map<String, Integer> reasons = new HashMap<>();
        answers.stream().filter(r -> r.kind() == PayerResponse.Kind.DENIED)
                .forEach(r -> reasons.merge(r.denialReason(), 1, Integer::sum));

        // documentation requests are decided first, denials among the rest
        assertThat(documentation).isCloseTo(medicare.documentationRequestRate(), within(0.006));
        assertThat(denied).isCloseTo((1 - medicare.documentationRequestRate()) * medicare.denialRate(), within(0.008));
        assertThat(meanDays).isCloseTo(medicare.turnaroundMeanDays(), within(0.3));
        double totalWeight = medicare.denialReasons().values().stream().mapToDouble(Double::doubleValue).sum();
        int totalDenied = reasons.values().stream().mapToInt(Integer::intValue).sum();
        medicare.denialReasons().forEach((code, weight) ->
                assertThat(reasons.getOrDefault(code, 0) / (double) totalDenied).as("CARC %s", code)
                        .isCloseTo(weight / totalWeight, within(0.04)));
        assertThat(answers).filteredOn(r -> r.kind() == PayerResponse.Kind.PAID).allSatisfy(r ->
                assertThat(r.paid().add(r.contractual()).add(r.patientShare())).isEqualByComparingTo(r.claim().total()));
    }

    private static double share(List<PayerResponse> answers, PayerResponse.Kind kind) {
        return answers.stream().filter(r -> r.kind() == kind).count() / (double) answers.size();
    }
}
