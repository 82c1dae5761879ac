package org.arflow.edi.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimSubmissionParserTest {

    private static final String[] TWO_SUBSCRIBERS = {
        "BHT*0019*00*B1*20250110*1200*CH",
        "NM1*41*2*BILLING CO*****46*TX1",
        "NM1*40*2*ACME HEALTH PLAN*****46*P1",
        "HL*1**20*1",
        "NM1*85*2*RIVERSIDE CLINIC*****XX*1234567893",
        "HL*2*1*22*1",
        "SBR*P*18*GRP1******CI",
        "NM1*IL*1*DOE*JOHN****MI*SUB1",
        "DMG*D8*19700101*M",
        "NM1*PR*2*ACME HEALTH PLAN*****PI*P1",
        "HL*3*2*23*0",
        "PAT*19",
        "NM1*QC*1*DOE*AMY",
        "DMG*D8*20100505*F",
        "CLM*CLAIM-A*150***11:B:1*Y*A*Y*Y",
        "DTP*431*D8*20250101",
        // other payer loops (2320/2330): their names and dates are not this claim's
        "SBR*S*18*******CI",
        "NM1*IL*1*OTHER*PERSON****MI*OTHER9",
        "NM1*PR*2*OTHER PLAN*****PI*P9",
        "DTP*573*D8*20250105",
        "LX*1",
        "SV1*HC:99213:25*100*UN*1***1",
        "DTP*472*D8*20250102",
        "LX*2",
        "SV1*HC:87070*50*UN*2***1",
        "DTP*472*D8*20250103",
        "SVD*P9*40*HC:87070**2",
        "CAS*CO*45*10",
        "DTP*573*D8*20250106",
        "HL*4*1*22*0",
        "SBR*P*18*******MB",
        "NM1*IL*1*ROE*RITA****MI*SUB2",
        "DMG*D8*19500202*F",
        "NM1*PR*2*MEDICARE*****PI*P2",
        "CLM*CLAIM-B*80***12:B:7*Y*A*Y*Y",
        "LX*1",
        "SV1*HC:99214*80*MJ*30***1",
        "DTP*472*RD8*20250106-20250107",
        "CLM*CLAIM-C*20***11:B:1*Y*A*Y*Y",
        "LX*1",
        "SV1*HC:36415*20*UN*1***1",
        "DTP*472*D8*20250108"};

    private static List<ClaimSubmission> parse(String guide, String... body) {
        return new ClaimSubmissionParser().parse(X12Text.stream(X12Text.file("837", guide, body)), "c.837");
    }

    @Test
    void each_claim_takes_the_subscriber_patient_and_payer_of_its_own_hl_branch() {
        List<ClaimSubmission> claims = parse("005010X222A1", TWO_SUBSCRIBERS);

        assertThat(claims).extracting(ClaimSubmission::claimId).containsExactly("CLAIM-A", "CLAIM-B", "CLAIM-C");
        ClaimSubmission a = claims.get(0);
        assertThat(a.subscriber()).isEqualTo(new Person("DOE", "JOHN", "SUB1", LocalDate.of(1970, 1, 1), "M"));
        assertThat(a.patient()).isEqualTo(new Person("DOE", "AMY", null, LocalDate.of(2010, 5, 5), "F"));
        assertThat(a.payer()).isEqualTo(new Party("ACME HEALTH PLAN", "PI", "P1"));
        assertThat(a.billingProvider()).isEqualTo(new Party("RIVERSIDE CLINIC", "XX", "1234567893"));

        // the second subscriber is their own patient: nothing of the first branch carries over
        for (ClaimSubmission b : claims.subList(1, 3)) {
            assertThat(b.subscriber()).isEqualTo(new Person("ROE", "RITA", "SUB2", LocalDate.of(1950, 2, 2), "F"));
            assertThat(b.patient()).isEqualTo(b.subscriber());
            assertThat(b.payer()).isEqualTo(new Party("MEDICARE", "PI", "P2"));
            assertThat(b.billingProvider()).isEqualTo(a.billingProvider());
        }
    }

    @Test
    void claim_values_and_service_lines_are_read() {
        ClaimSubmission a = parse("005010X222A1", TWO_SUBSCRIBERS).getFirst();

        assertThat(a.form()).isEqualTo(ClaimForm.PROFESSIONAL);
        assertThat(a.transactionControlNumber()).isEqualTo("0001");
        assertThat(a.totalCharge()).isEqualByComparingTo("150");
        assertThat(a.facilityCode()).isEqualTo("11");
        assertThat(a.frequencyCode()).isEqualTo("1");
        assertThat(a.serviceLines()).containsExactly(
                new SubmittedServiceLine(1, new ProcedureCode("HC", "99213", List.of("25")), null,
                        new BigDecimal("100"), "UN", new BigDecimal("1"),
                        DateRange.of(LocalDate.of(2025, 1, 2))),
                new SubmittedServiceLine(2, new ProcedureCode("HC", "87070", List.of()), null,
                        new BigDecimal("50"), "UN", new BigDecimal("2"),
                        DateRange.of(LocalDate.of(2025, 1, 3))));
    }

    @Test
    void claim_dates_leave_out_other_payer_loops_and_service_period_spans_the_lines() {
        List<ClaimSubmission> claims = parse("005010X222A1", TWO_SUBSCRIBERS);

        assertThat(claims.get(0).dates()).containsOnlyKeys("431");
        assertThat(claims.get(0).servicePeriod())
                .isEqualTo(new DateRange(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 3)));
        assertThat(claims.get(1).frequencyCode()).isEqualTo("7");
        assertThat(claims.get(1).servicePeriod())
                .isEqualTo(new DateRange(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 7)));
        assertThat(claims.get(1).serviceLines().getFirst().unitBasis()).isEqualTo("MJ");
    }

    @Test
    void institutional_claim_reads_sv2_revenue_codes_and_the_statement_period() {
        List<ClaimSubmission> claims = parse("005010X223A2",
                "HL*1**20*1",
                "NM1*85*2*GENERAL HOSPITAL*****XX*1999999984",
                "HL*2*1*22*0",
                "SBR*P*18*******MB",
                "NM1*IL*1*POE*PAT****MI*MBI1",
                "DMG*D8*19400303*M",
                "NM1*PR*2*MEDICARE A*****PI*MCA",
                "CLM*INST-1*1200***13:A:1**A*Y*Y",
                "DTP*434*RD8*20250101-20250103",
                "DTP*435*DT*202501010830",
                "LX*1",
                "SV2*0450*HC:99284*1000*UN*1",
                "DTP*472*D8*20250101",
                "LX*2",
                "SV2*0300**200*UN*3");

        ClaimSubmission claim = claims.getFirst();
        assertThat(claim.form()).isEqualTo(ClaimForm.INSTITUTIONAL);
        assertThat(claim.facilityCode()).isEqualTo("13");
        assertThat(claim.servicePeriod()).isEqualTo(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 3)));
        assertThat(claim.dates().get("435")).isEqualTo(DateRange.of(LocalDate.of(2025, 1, 1)));
        assertThat(claim.serviceLines()).extracting(SubmittedServiceLine::revenueCode).containsExactly("0450", "0300");
        assertThat(claim.serviceLines().get(0).procedure()).isEqualTo(new ProcedureCode("HC", "99284", List.of()));
        assertThat(claim.serviceLines().get(1).procedure()).isNull();
        assertThat(claim.serviceLines().get(1).units()).isEqualByComparingTo("3");
    }

    @Test
    void claim_outside_a_subscriber_level_is_refused() {
        assertThatThrownBy(() -> parse("005010X222A1", "HL*1**20*1", "NM1*85*2*CLINIC*****XX*1",
                "CLM*X1*10***11:B:1*Y*A*Y*Y"))
                .isInstanceOf(X12FormatException.class)
                .hasMessage("837 file c.837, segment 6 (CLM): claim X1 is not inside a subscriber or patient HL");
    }

    @Test
    void service_line_without_lx_is_refused() {
        assertThatThrownBy(() -> parse("005010X222A1", "HL*1**20*1", "HL*2*1*22*0", "NM1*IL*1*DOE*JOHN****MI*S1",
                "CLM*X1*10***11:B:1*Y*A*Y*Y", "SV1*HC:99213*10*UN*1***1"))
                .isInstanceOf(X12FormatException.class)
                .hasMessage("837 file c.837, segment 8 (SV1): service line of claim X1 has no LX before it");
    }

    @Test
    void dental_claims_are_refused_by_name() {
        assertThatThrownBy(() -> parse("005010X224A2", "HL*1**20*1"))
                .isInstanceOf(X12FormatException.class)
                .hasMessageContaining("005010X224A2 is neither an 837P (005010X222) nor an 837I (005010X223)");
    }
}
