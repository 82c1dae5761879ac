package org.arflow.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.arflow.IntegrationTest;
import org.arflow.engine.ProcessEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The deployed remittance-routing DMN, fed by the same contract the posting uses, for each family of
 * denial reasons, groups and remarks in the domain primer: one case per family.
 */
@IntegrationTest
class RemittanceRoutingTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    NoWorkAdjustments noWork;

    /** A remittance of a 400.00 claim: status, paid, patient share, claim remarks, line modifiers and line adjustments. */
    record Remit(String status, String paid, String patient, List<String> remarks, List<String> modifiers,
                 List<Adjustment> adjustments) {

        ClaimRemittance remittance() {
            var line = new ClaimRemittance.RemittanceLine("99213", modifiers, new BigDecimal("400.00"), new BigDecimal(paid),
                    BigDecimal.ONE, null, adjustments, List.of());
            return new ClaimRemittance("ROUTE-1", status, new BigDecimal("400.00"), new BigDecimal(paid),
                    new BigDecimal(patient), "PCN1", LocalDate.of(2026, 11, 2), List.of(), remarks, List.of(line));
        }
    }

    static Remit denied(String group, String carc, String... remarks) {
        return new Remit("4", "0", "0", List.of(remarks), List.of(), List.of(adj(group, carc, "400.00")));
    }

    /** Paid 80 of 400: CO-45 70 contractual, and the rest (250) adjusted with this group and reason. */
    static Remit partly(String group, String carc, String... remarks) {
        return new Remit("1", "80.00", "0", List.of(remarks), List.of(),
                List.of(adj("CO", "45", "70.00"), adj(group, carc, "250.00")));
    }

    static Adjustment adj(String group, String reason, String amount) {
        return new Adjustment(group, reason, new BigDecimal(amount), null);
    }

    static Stream<Arguments> families() {
        List<Arguments> cases = new ArrayList<>(List.of(
                Arguments.of("coding: modifier (4)", denied("CO", "4"), "CORRECT_AND_RESUBMIT"),
                Arguments.of("coding: place of service (5)", partly("CO", "5"), "CORRECT_AND_RESUBMIT"),
                Arguments.of("coding: age (6)", denied("CO", "6"), "CORRECT_AND_RESUBMIT"),
                Arguments.of("coding: diagnosis (11)", denied("CO", "11"), "CORRECT_AND_RESUBMIT"),
                Arguments.of("coding: procedure invalid on the date (181)", denied("CO", "181"), "CORRECT_AND_RESUBMIT"),
                Arguments.of("coding: modifier invalid on the date (182)", partly("CO", "182"), "CORRECT_AND_RESUBMIT"),
                Arguments.of("16 with MA130: resubmit as new", denied("CO", "16", "MA130"), "CORRECT_AND_RESUBMIT"),
                Arguments.of("16 with a documentation remark", denied("CO", "16", "N706"), "DOCUMENTATION"),
                Arguments.of("16 without a remark: research", denied("CO", "16"), "RESEARCH"),
                Arguments.of("18 duplicate: check the original", denied("OA", "18"), "CHECK_ORIGINAL"),
                Arguments.of("22 coordination of benefits", denied("CO", "22"), "OTHER_PAYER"),
                Arguments.of("27 coverage ended", denied("CO", "27"), "OTHER_PAYER"),
                Arguments.of("31 not identified as insured", denied("CO", "31"), "OTHER_PAYER"),
                Arguments.of("32 not an eligible dependent", denied("CO", "32"), "OTHER_PAYER"),
                Arguments.of("109 not this payer", denied("CO", "109"), "OTHER_PAYER"),
                Arguments.of("24 capitation: no review", partly("CO", "24"), "CLOSE"),
                Arguments.of("29 timely filing: review with the proof", denied("CO", "29"), "WRITE_OFF_REVIEW"),
                Arguments.of("50 medical necessity: appeal", denied("CO", "50"), "APPEAL"),
                Arguments.of("56 not proven effective: appeal", partly("CO", "56"), "APPEAL"),
                Arguments.of("151 frequency: appeal", denied("CO", "151"), "APPEAL"),
                Arguments.of("204 not covered, no waiver: write-off review", partly("CO", "204"), "WRITE_OFF_REVIEW"),
                Arguments.of("96 not covered with a GA waiver: patient", new Remit("1", "80.00", "0", List.of(),
                        List.of("GA"), List.of(adj("CO", "96", "320.00"))), "WAIVER_ON_FILE"),
                Arguments.of("97 bundled: bundling review", partly("CO", "97"), "CORRECT_AND_RESUBMIT"),
                Arguments.of("119 benefit maximum: secondary or patient", partly("CO", "119"), "OTHER_PAYER"),
                Arguments.of("167 diagnosis not covered", denied("CO", "167"), "CORRECT_AND_RESUBMIT"),
                Arguments.of("170 provider type: credentialing", denied("CO", "170"), "CREDENTIALING"),
                Arguments.of("197 no authorisation on a paid claim", partly("CO", "197"), "AUTHORIZATION"),
                Arguments.of("198 authorisation exceeded", denied("CO", "198"), "AUTHORIZATION"),
                Arguments.of("39 authorisation denied", denied("CO", "39"), "AUTHORIZATION"),
                Arguments.of("242 out of network", denied("CO", "242"), "NETWORK_EXCEPTION"),
                Arguments.of("251 with M143: credentialing", partly("CO", "251", "M143"), "CREDENTIALING"),
                Arguments.of("252 documentation", denied("CO", "252"), "DOCUMENTATION"),
                Arguments.of("PI on a paid claim is work too", partly("PI", "204"), "WRITE_OFF_REVIEW"),
                Arguments.of("an unknown reason is researched, not written off", denied("OA", "A1"), "RESEARCH"),
                Arguments.of("CLP02 19: crossover holds the patient bill",
                        new Remit("19", "80.00", "20.00", List.of(), List.of(), List.of(adj("CO", "45", "300.00"),
                                adj("PR", "2", "20.00"))), "WAIT"),
                Arguments.of("MA18 on a paid claim: crossover", new Remit("1", "80.00", "20.00", List.of("MA18"), List.of(),
                        List.of(adj("CO", "45", "300.00"), adj("PR", "2", "20.00"))), "WAIT"),
                Arguments.of("CLP02 23: not our claim", new Remit("23", "0", "0", List.of(), List.of(), List.of()),
                        "OTHER_PAYER"),
                Arguments.of("CLP02 25: predetermination", new Remit("25", "0", "0", List.of(), List.of(), List.of()),
                        "CLOSE"),
                Arguments.of("OA-23 on a secondary is the prior payer's adjudication", new Remit("2", "40.00", "10.00",
                        List.of(), List.of(), List.of(adj("OA", "23", "350.00"), adj("PR", "2", "10.00"))),
                        "PATIENT_BALANCE"),
                Arguments.of("paid more than billed: credit balance", new Remit("1", "450.00", "0", List.of(), List.of(),
                        List.of()), "CREDIT_BALANCE"),
                Arguments.of("contractual only: closed", new Remit("1", "330.00", "0", List.of(), List.of(),
                        List.of(adj("CO", "45", "70.00"))), "CLOSE")));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} routes to {2}")
    @MethodSource("families")
    void each_family_of_reasons_groups_and_remarks_routes_where_the_primer_says(String family, Remit remit, String route) {
        Map<String, Object> variables = FollowUpContract.remittanceVariables(remit.remittance(), null,
                new BigDecimal("400.00"), noWork.policy());

        Map<?, ?> decision = (Map<?, ?>) engine.evaluateDecision("remittance-routing", variables);

        assertThat(decision.get("route")).as(family + ": " + decision.get("reason")).isEqualTo(route);
    }
}
