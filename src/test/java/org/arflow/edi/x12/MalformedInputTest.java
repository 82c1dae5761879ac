package org.arflow.edi.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Every way a file can be wrong ends in an X12FormatException that points at the place. */
class MalformedInputTest {

    private static final String GUIDE = "005010X221A1";

    private static X12FormatException remittanceError(String text, String fileName) {
        return catchThrowableOfType(X12FormatException.class,
                () -> new RemittanceParser().parse(X12Text.stream(text), fileName));
    }

    private static String remittance(String... claimSegments) {
        return X12Text.file("835", GUIDE, RemittanceParserTest.body(claimSegments));
    }

    @Test
    void an_amount_that_is_not_a_number_names_file_segment_and_element() {
        X12FormatException error = remittanceError(remittance("CLP*C1*1*100*abc**12",
                "NM1*QC*1*DOE*JANE****MI*M123"), "remit.835");

        assertThat(error).hasMessage("835 file remit.835, segment 12 (CLP), element 4: 'abc' is not an amount");
        assertThat(error.fileName()).isEqualTo("remit.835");
        assertThat(error.segmentTag()).isEqualTo("CLP");
        assertThat(error.segmentPosition()).isEqualTo(12);
        assertThat(error.elementPosition()).isEqualTo(4);
        assertThat(error.getMessage()).doesNotContain("DOE", "JANE", "100");
    }

    @Test
    void a_date_that_does_not_exist_is_refused() {
        assertThat(remittanceError(remittance("CLP*C1*1*100*100**12", "DTM*232*20250230"), "d.835"))
                .hasMessage("835 file d.835, segment 13 (DTM), element 2: '20250230' is not a date CCYYMMDD");
    }

    @Test
    void a_missing_required_value_is_named() {
        assertThat(remittanceError(remittance("CLP**1*100*100**12"), "m.835"))
                .hasMessage("835 file m.835, segment 12 (CLP), element 1: the claim id (CLP01) is missing");
        assertThat(remittanceError(remittance("CLP*C1*1*100*100**12", "CAS*CO**20"), "m.835"))
                .hasMessage("835 file m.835, segment 13 (CAS), element 2: an adjustment amount has no reason code");
    }

    @Test
    void a_remittance_without_a_payment_segment_is_refused() {
        String text = X12Text.file("835", GUIDE, "TRN*1*T1*1", "N1*PR*PLAN", "N1*PE*CLINIC*XX*1");

        assertThat(remittanceError(text, "nobpr.835"))
                .hasMessage("835 file nobpr.835, segment 3 (ST): transaction 0001 has no BPR (payment) segment");
    }

    @Test
    void a_claim_file_given_to_the_remittance_parser_is_refused_as_the_wrong_transaction_type() {
        String claims = X12Text.file("837", "005010X222A1", "HL*1**20*1");

        assertThat(remittanceError(claims, "claims.837"))
                .hasMessage("835 file claims.837, segment 3 (ST), element 1: the transaction is type 837, not 835");
        assertThatThrownBy(() -> new StatusResponseParser().parse(X12Text.stream(claims), "claims.837"))
                .hasMessage("277 file claims.837, segment 3 (ST), element 1: the transaction is type 837, not 277");
    }

    @Test
    void a_4010_file_is_refused_by_its_version() {
        String old = remittance("CLP*C1*1*100*100**12").replace("*X*" + GUIDE, "*X*004010X091A1");

        assertThat(remittanceError(old, "old.835"))
                .hasMessage("835 file old.835, segment 2 (GS), element 8: version 004010X091A1 is not X12 5010 (005010...)");
    }

    @Test
    void a_wrong_segment_count_in_se_is_reported() {
        String text = remittance("CLP*C1*1*100*100**12").replace("SE*11*0001", "SE*10*0001");

        assertThat(remittanceError(text, "count.835"))
                .hasMessage("835 file count.835, segment 13 (SE), element 1: SE01 says 10 segments but the transaction has 11");
    }

    @Test
    void control_numbers_that_do_not_match_their_headers_are_reported() {
        String good = remittance("CLP*C1*1*100*100**12");

        assertThat(remittanceError(good.replace("SE*11*0001", "SE*11*0002"), "se.835"))
                .hasMessage("835 file se.835, segment 13 (SE), element 2: control number 0002 does not match ST02 0001");
        assertThat(remittanceError(good.replace("GE*1*7", "GE*1*8"), "ge.835"))
                .hasMessage("835 file ge.835, segment 14 (GE), element 2: control number 8 does not match GS06 7");
        assertThat(remittanceError(good.replace("IEA*1*000000042", "IEA*1*000000043"), "iea.835"))
                .hasMessage("835 file iea.835, segment 15 (IEA), element 2: control number 000000043 does not match"
                        + " ISA13 000000042");
        assertThat(remittanceError(good.replace("GE*1*7", "GE*2*7"), "gecount.835"))
                .hasMessage("835 file gecount.835, segment 14 (GE), element 1: GE01 says 2 transactions but the group has 1");
    }

    @Test
    void a_missing_se_is_reported_where_it_was_expected() {
        String text = remittance("CLP*C1*1*100*100**12").replace("SE*11*0001~\n", "");

        assertThat(remittanceError(text, "nose.835"))
                .hasMessage("835 file nose.835, segment 13 (GE): a required SE segment is missing before this one");
    }

    @Test
    void text_that_is_not_x12_or_is_cut_short_is_reported_with_the_file_name() {
        assertThat(remittanceError("hello, this is not X12", "hello.835").getMessage())
                .startsWith("835 file hello.835, at character 1: not an X12 file: it does not begin with a complete ISA");
        assertThat(remittanceError("", "empty.835")).hasMessage("835 file empty.835, at character 0: the file is empty");
        String whole = remittance("CLP*C1*1*100*100**12");
        X12FormatException cut = remittanceError(whole.substring(0, whole.indexOf("CLP*") + 8), "cut.835");
        assertThat(cut.getMessage()).startsWith("835 file cut.835, segment 12 (CLP)").contains("not readable as X12");
    }

    @Test
    void errors_in_claim_and_status_files_point_at_their_place_too() {
        String claims = X12Text.file("837", "005010X222A1", "HL*1**20*1", "NM1*85*2*CLINIC*****XX*1",
                "HL*2*1*22*0", "NM1*IL*1*DOE*JOHN****MI*S1", "CLM*X1*1O0***11:B:1*Y*A*Y*Y");
        assertThatThrownBy(() -> new ClaimSubmissionParser().parse(X12Text.stream(claims), "c.837"))
                .hasMessage("837 file c.837, segment 8 (CLM), element 2: '1O0' is not an amount");

        String status = X12Text.file("277", "005010X212", "HL*1**20*1", "HL*2*1*22*0", "TRN*2*C1",
                "STC*P1:20*2025011");
        assertThatThrownBy(() -> new StatusResponseParser().parse(X12Text.stream(status), "s.277"))
                .hasMessage("277 file s.277, segment 7 (STC), element 2: '2025011' is not a date CCYYMMDD");
    }

    @Test
    void segments_outside_a_transaction_are_refused() {
        String text = remittance("CLP*C1*1*100*100**12").replace("GE*1*7", "NTE*ADD*STRAY~\nGE*1*7");

        assertThat(remittanceError(text, "stray.835"))
                .hasMessage("835 file stray.835, segment 14 (NTE): segment not in defined transaction set");
    }
}
