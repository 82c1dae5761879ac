package org.arflow.edi.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemittanceParserTest {

    static final String GUIDE = "005010X221A1";
    static final String[] HEADER = {
        "BPR*I*100.00*C*ACH*CCP*01*999999999*DA*123456*1234567890**01*999988880*DA*98765*20250115",
        "TRN*1*EFT0001*1234567890",
        "DTM*405*20250114",
        "N1*PR*ACME HEALTH PLAN",
        "N3*1 MAIN ST",
        "REF*2U*PAYER77",
        "N1*PE*RIVERSIDE CLINIC*XX*1234567893",
        "LX*1"};

    static List<Remittance> parse(String... claimSegments) {
        return new RemittanceParser().parse(X12Text.stream(X12Text.file("835", GUIDE, body(claimSegments))), "t.835");
    }

    static String[] body(String... claimSegments) {
        String[] body = new String[HEADER.length + claimSegments.length];
        System.arraycopy(HEADER, 0, body, 0, HEADER.length);
        System.arraycopy(claimSegments, 0, body, HEADER.length, claimSegments.length);
        return body;
    }

    static ClaimPayment onlyClaim(String... claimSegments) {
        return parse(claimSegments).getFirst().claims().getFirst();
    }

    @Test
    void payment_trace_payer_payee_and_control_numbers_are_read_from_the_header() {
        Remittance remittance = parse("CLP*C1*1*100*100**12*PCN1").getFirst();

        assertThat(remittance.interchangeControlNumber()).isEqualTo("000000042");
        assertThat(remittance.groupControlNumber()).isEqualTo("7");
        assertThat(remittance.transactionControlNumber()).isEqualTo("0001");
        assertThat(remittance.paymentAmount()).isEqualByComparingTo("100.00");
        assertThat(remittance.creditDebitFlag()).isEqualTo("C");
        assertThat(remittance.paymentMethod()).isEqualTo("ACH");
        assertThat(remittance.paymentDate()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(remittance.traceNumber()).isEqualTo("EFT0001");
        assertThat(remittance.payer()).isEqualTo(new Party("ACME HEALTH PLAN", "2U", "PAYER77"));
        assertThat(remittance.payee()).isEqualTo(new Party("RIVERSIDE CLINIC", "XX", "1234567893"));
    }

    @Test
    void claim_values_patient_and_statement_dates_are_read_from_the_clp_loop() {
        ClaimPayment claim = onlyClaim("CLP*C1*1*250.00*180.00*20.00*12*PCN1",
                "NM1*QC*1*DOE*JANE****MI*M123", "DTM*232*20250102", "DTM*233*20250103");

        assertThat(claim.claimId()).isEqualTo("C1");
        assertThat(claim.statusCode()).isEqualTo("1");
        assertThat(claim.charge()).isEqualByComparingTo("250");
        assertThat(claim.paid()).isEqualByComparingTo("180");
        assertThat(claim.patientResponsibility()).isEqualByComparingTo("20");
        assertThat(claim.filingIndicator()).isEqualTo("12");
        assertThat(claim.payerClaimControlNumber()).isEqualTo("PCN1");
        assertThat(claim.patient()).isEqualTo(new Person("DOE", "JANE", "M123", null, null));
        assertThat(claim.statementPeriod()).isEqualTo(new DateRange(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 3)));
        assertThat(claim.isReversal()).isFalse();
    }

    @Test
    void absent_patient_responsibility_is_zero() {
        assertThat(onlyClaim("CLP*C1*1*100*100**12").patientResponsibility()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void cas_segment_with_six_triplets_yields_six_adjustments() {
        ClaimPayment claim = onlyClaim("CLP*C1*1*100*79*21*12",
                "CAS*PR*1*1.00*1*2*2.00**3*3.00*2*4*4.00**5*5.00**6*6.00*3");

        assertThat(claim.adjustments()).containsExactly(
                new Adjustment("PR", "1", new BigDecimal("1.00"), BigDecimal.ONE),
                new Adjustment("PR", "2", new BigDecimal("2.00"), null),
                new Adjustment("PR", "3", new BigDecimal("3.00"), new BigDecimal("2")),
                new Adjustment("PR", "4", new BigDecimal("4.00"), null),
                new Adjustment("PR", "5", new BigDecimal("5.00"), null),
                new Adjustment("PR", "6", new BigDecimal("6.00"), new BigDecimal("3")));
    }

    @Test
    void claim_level_and_line_level_adjustments_are_kept_apart() {
        ClaimPayment claim = onlyClaim("CLP*C1*1*300*200*40*12",
                "CAS*CO*A2*10",
                "SVC*HC:99213*100*80",
                "CAS*CO*45*20",
                "SVC*HC:99214*200*130",
                "CAS*PR*1*40**2*30");

        assertThat(claim.adjustments()).extracting(Adjustment::reasonCode).containsExactly("A2");
        assertThat(claim.serviceLines()).hasSize(2);
        assertThat(claim.serviceLines().get(0).adjustments()).extracting(Adjustment::reasonCode).containsExactly("45");
        assertThat(claim.serviceLines().get(1).adjustments())
                .extracting(Adjustment::group, Adjustment::reasonCode)
                .containsExactly(tuple("PR", "1"), tuple("PR", "2"));
    }

    @Test
    void service_line_reads_procedure_units_dates_remarks_and_line_control_number() {
        ServiceLinePayment line = onlyClaim("CLP*C1*1*100*80**12",
                "SVC*HC:99213:25:59*100*80**2",
                "DTM*150*20250102",
                "DTM*151*20250104",
                "CAS*CO*45*20",
                "REF*6R*LINE-7",
                "LQ*HE*N130",
                "LQ*HE*M15").serviceLines().getFirst();

        assertThat(line.procedure()).isEqualTo(new ProcedureCode("HC", "99213", List.of("25", "59")));
        assertThat(line.charge()).isEqualByComparingTo("100");
        assertThat(line.paid()).isEqualByComparingTo("80");
        assertThat(line.units()).isEqualByComparingTo("2");
        assertThat(line.serviceDates()).isEqualTo(new DateRange(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 4)));
        assertThat(line.remarkCodes()).containsExactly("N130", "M15");
        assertThat(line.lineControlNumber()).isEqualTo("LINE-7");
    }

    @Test
    void service_line_without_units_counts_one_and_dtm_472_is_a_single_day() {
        ServiceLinePayment line = onlyClaim("CLP*C1*1*100*100**12", "SVC*HC:99213*100*100", "DTM*472*20250102")
                .serviceLines().getFirst();

        assertThat(line.units()).isEqualByComparingTo("1");
        assertThat(line.serviceDates()).isEqualTo(DateRange.of(LocalDate.of(2025, 1, 2)));
    }

    @Test
    void remark_codes_come_from_moa_and_mia() {
        assertThat(onlyClaim("CLP*C1*1*100*100**MB", "MOA***MA01*N14").remarkCodes()).containsExactly("MA01", "N14");
        assertThat(onlyClaim("CLP*C1*1*100*100**MA", "MIA*0***100*MA02").remarkCodes()).containsExactly("MA02");
    }

    @Test
    void plb_segment_yields_one_provider_adjustment_per_pair() {
        Remittance remittance = parse("CLP*C1*1*100*100**12",
                "PLB*1234567893*20251231*WO:C0*25.00*FB*-5.50*L6:INTEREST*-1.25").getFirst();

        assertThat(remittance.providerAdjustments()).containsExactly(
                new ProviderAdjustment("1234567893", LocalDate.of(2025, 12, 31), "WO", "C0", new BigDecimal("25.00")),
                new ProviderAdjustment("1234567893", LocalDate.of(2025, 12, 31), "FB", null, new BigDecimal("-5.50")),
                new ProviderAdjustment("1234567893", LocalDate.of(2025, 12, 31), "L6", "INTEREST",
                        new BigDecimal("-1.25")));
        // the PLB ends the claim: it is not read as part of C1
        assertThat(remittance.claims()).hasSize(1);
    }

    @Test
    void reversal_is_recognised_and_keeps_negative_amounts() {
        ClaimPayment reversal = onlyClaim("CLP*C1*22*-100.00*-80.00*-20.00*12*PCN1", "CAS*PR*1*-20.00");

        assertThat(reversal.isReversal()).isTrue();
        assertThat(reversal.charge()).isEqualByComparingTo("-100");
        assertThat(reversal.paid()).isEqualByComparingTo("-80");
        assertThat(reversal.patientResponsibility()).isEqualByComparingTo("-20");
        assertThat(reversal.adjustments().getFirst().amount()).isEqualByComparingTo("-20");
    }

    @Test
    void claims_follow_each_other_across_lx_headers() {
        Remittance remittance = parse("CLP*C1*1*100*100**12", "CLP*C2*4*50*0**12", "CAS*CO*50*50",
                "LX*2", "CLP*C3*1*10*10**12").getFirst();

        assertThat(remittance.claims()).extracting(ClaimPayment::claimId).containsExactly("C1", "C2", "C3");
        assertThat(remittance.claims().get(1).adjustments()).hasSize(1);
        assertThat(remittance.claims().get(0).adjustments()).isEmpty();
    }

    @Test
    void a_file_with_two_transactions_yields_two_remittances_with_their_own_control_numbers() {
        String text = X12Text.envelope(GUIDE, "HP", List.of(
                X12Text.transaction("835", "1001", body("CLP*A*1*10*10**12")),
                X12Text.transaction("835", "1002", body("CLP*B*1*20*20**12", "CLP*C*1*30*30**12"))));

        List<Remittance> remittances = new RemittanceParser().parse(X12Text.stream(text), "two.835");

        assertThat(remittances).extracting(Remittance::transactionControlNumber).containsExactly("1001", "1002");
        assertThat(remittances.get(1).claims()).extracting(ClaimPayment::claimId).containsExactly("B", "C");
    }
}
