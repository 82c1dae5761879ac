package org.arflow.edi.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusResponseParserTest {

    private static List<ClaimStatusResponse> parse(String guide, String... body) {
        return new StatusResponseParser().parse(X12Text.stream(X12Text.file("277", guide, body)), "s.277");
    }

    @Test
    void status_response_gives_p3_for_a_dependent_and_f1_for_a_subscriber_claim() {
        List<ClaimStatusResponse> responses = parse("005010X212",
                "BHT*0010*08*277X*20250120*1200*DG",
                "HL*1**20*1",
                "NM1*PR*2*ACME HEALTH PLAN*****PI*P1",
                "HL*2*1*21*1",
                "NM1*41*2*BILLING CO*****46*TX1",
                "HL*3*2*19*1",
                "NM1*1P*2*RIVERSIDE CLINIC*****XX*1234567893",
                "HL*4*3*22*1",
                "NM1*IL*1*DOE*JOHN****MI*SUB1",
                "HL*5*4*23",
                "NM1*QC*1*DOE*AMY",
                "TRN*2*CLAIM-A",
                "STC*P3:317:QC*20250118**150.00",
                "REF*1K*ICN-A",
                "REF*EJ*CLAIM-A",
                "DTP*472*D8*20250102",
                "HL*6*3*22*0",
                "NM1*IL*1*ROE*RITA****MI*SUB2",
                "TRN*2*CLAIM-B",
                "STC*F1:65*20250119**80.00*80.00",
                "REF*1K*ICN-B");

        assertThat(responses).extracting(ClaimStatusResponse::claimId).containsExactly("CLAIM-A", "CLAIM-B");
        ClaimStatusResponse a = responses.get(0);
        assertThat(a.implementationGuide()).isEqualTo("005010X212");
        assertThat(a.payer()).isEqualTo(new Party("ACME HEALTH PLAN", "PI", "P1"));
        assertThat(a.provider()).isEqualTo(new Party("RIVERSIDE CLINIC", "XX", "1234567893"));
        assertThat(a.payerClaimControlNumber()).isEqualTo("ICN-A");
        assertThat(a.patientControlNumber()).isEqualTo("CLAIM-A");
        assertThat(a.serviceDates()).isEqualTo(DateRange.of(LocalDate.of(2025, 1, 2)));
        assertThat(a.statuses()).containsExactly(
                new ClaimStatus("P3", "317", "QC", LocalDate.of(2025, 1, 18), new BigDecimal("150.00"), null));
        assertThat(a.statuses().getFirst().isRejection()).isFalse();
        ClaimStatus paid = responses.get(1).statuses().getFirst();
        assertThat(paid.categoryCode()).isEqualTo("F1");
        assertThat(paid.entityCode()).isNull();
        assertThat(paid.paidAmount()).isEqualByComparingTo("80");
        assertThat(responses.get(1).payerClaimControlNumber()).isEqualTo("ICN-B");
    }

    @Test
    void claim_acknowledgement_gives_a7_rejections_and_skips_batch_and_line_level_statuses() {
        List<ClaimStatusResponse> responses = parse("005010X214",
                "BHT*0085*08*ACK1*20250120*1200*TH",
                "HL*1**20*1",
                "NM1*PR*2*ACME HEALTH PLAN*****PI*P1",
                "TRN*1*BATCH1",
                "DTP*050*D8*20250119",
                "HL*2*1*21*1",
                "NM1*41*2*BILLING CO*****46*TX1",
                "TRN*2*BATCH-TRACE",
                "STC*A1:19:PR*20250120*WQ*300",
                "QTY*90*1",
                "HL*3*2*19*1",
                "NM1*85*2*RIVERSIDE CLINIC*****XX*1234567893",
                "TRN*1*0",
                "STC*A1:19:PR*20250120*WQ*300",
                "HL*4*3*PT",
                "NM1*QC*1*DOE*JANE****MI*M1",
                "TRN*2*CLAIM-A",
                "STC*A7:562:85*20250120*U*100******A7:21:77",
                "REF*1K*ICN-1",
                "DTP*472*D8*20250102",
                "HL*5*3*PT",
                "NM1*QC*1*ROE*RITA****MI*M2",
                "TRN*2*CLAIM-B",
                "STC*A2:20:PR*20250120*WQ*200",
                "DTP*472*RD8*20250103-20250104",
                "SVC*HC:99213*200****1",
                "STC*A3:21*20250120*U*200",
                "DTP*472*D8*20250109");

        assertThat(responses).extracting(ClaimStatusResponse::claimId).containsExactly("CLAIM-A", "CLAIM-B");
        ClaimStatusResponse rejected = responses.get(0);
        assertThat(rejected.implementationGuide()).isEqualTo("005010X214");
        assertThat(rejected.provider().id()).isEqualTo("1234567893");
        assertThat(rejected.statuses())
                .extracting(ClaimStatus::categoryCode, ClaimStatus::statusCode, ClaimStatus::entityCode)
                .containsExactly(tuple("A7", "562", "85"),
                        tuple("A7", "21", "77"));
        assertThat(rejected.statuses()).allMatch(ClaimStatus::isRejection);
        assertThat(rejected.statuses().getFirst().totalCharge()).isEqualByComparingTo("100");

        ClaimStatusResponse accepted = responses.get(1);
        assertThat(accepted.statuses()).extracting(ClaimStatus::categoryCode).containsExactly("A2");
        assertThat(accepted.serviceDates())
                .isEqualTo(new DateRange(LocalDate.of(2025, 1, 3), LocalDate.of(2025, 1, 4)));
    }

    @Test
    void claim_status_without_a_claim_trace_is_refused() {
        assertThatThrownBy(() -> parse("005010X212",
                "HL*1**20*1", "NM1*PR*2*ACME*****PI*P1", "HL*2*1*22*0", "STC*P1:20*20250120"))
                .isInstanceOf(X12FormatException.class)
                .hasMessage("277 file s.277, segment 6 (HL): a claim status is given without a claim trace (TRN)");
    }
}
