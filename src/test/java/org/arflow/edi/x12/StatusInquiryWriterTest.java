package org.arflow.edi.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusInquiryWriterTest {

    static final Envelope ENVELOPE = new Envelope("ZZ", "ARFLOW", "ZZ", "ACMEPAYER", "ARFLOW BILLING", 1234, false,
            LocalDateTime.of(2025, 1, 20, 9, 30));
    static final Party ACME = new Party("ACME HEALTH PLAN", "PI", "P1");
    static final Party MEDICARE = new Party("MEDICARE", null, "P2");
    static final Party CLINIC = new Party("RIVERSIDE CLINIC", "XX", "1234567893");
    static final Person JOHN = new Person("DOE", "JOHN", "SUB1", LocalDate.of(1970, 1, 1), "M");
    static final Person AMY = new Person("DOE", "AMY", null, LocalDate.of(2010, 5, 5), "F");
    static final Person RITA = new Person("ROE", "RITA", "SUB2", LocalDate.of(1950, 2, 2), null);

    static final List<StatusInquiry> INQUIRIES = List.of(
            new StatusInquiry("CLAIM-A", ACME, CLINIC, JOHN, AMY,
                    new DateRange(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 3)), new BigDecimal("150.00")),
            new StatusInquiry("CLAIM-B", ACME, CLINIC, RITA, null, DateRange.of(LocalDate.of(2025, 1, 6)),
                    new BigDecimal("80")),
            new StatusInquiry("CLAIM-C", MEDICARE, CLINIC, RITA, null, DateRange.of(LocalDate.of(2025, 1, 7)), null));

    private static byte[] write(List<StatusInquiry> inquiries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StatusInquiryWriter().write(inquiries, ENVELOPE, out);
        return out.toByteArray();
    }

    @Test
    void written_file_passes_staedi_envelope_validation_with_the_counts_it_declares() throws Exception {
        byte[] file = write(INQUIRIES);

        List<String> errors = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(new ByteArrayInputStream(file))) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event.isError()) {
                    errors.add(reader.getErrorType() + " at " + reader.getLocation().getSegmentTag());
                } else if (event == EDIStreamEvent.START_SEGMENT) {
                    tags.add(reader.getText());
                }
            }
        }
        assertThat(errors).isEmpty();
        int st = tags.indexOf("ST");
        int se = tags.indexOf("SE");
        assertThat(se - st + 1).isEqualTo(37);
        String text = new String(file, StandardCharsets.US_ASCII);
        assertThat(text).startsWith("ISA*00*          *00*          *ZZ*ARFLOW         *ZZ*ACMEPAYER      "
                + "*250120*0930*^*00501*000001234*0*T*:~");
        assertThat(text.lines()).contains("GS*HR*ARFLOW*ACMEPAYER*20250120*0930*1234*X*005010X212~",
                "ST*276*0001*005010X212~", "SE*37*0001~", "GE*1*1234~", "IEA*1*000001234~");
    }

    @Test
    void hl_tree_groups_by_payer_and_provider_and_puts_a_dependent_under_its_subscriber() {
        Transaction transaction = readBack(write(INQUIRIES));

        List<String> hls = transaction.body().stream().filter(s -> s.tag().equals("HL"))
                .map(s -> s.text(1) + "/" + s.text(2) + "/" + s.text(3) + "/" + s.text(4)).toList();
        assertThat(hls).containsExactly("1/null/20/1", "2/1/21/1", "3/2/19/1", "4/3/22/1", "5/4/23/null",
                "6/3/22/0", "7/null/20/1", "8/7/21/1", "9/8/19/1", "10/9/22/0");
    }

    @Test
    void claim_values_are_written_where_a_payer_looks_for_them() {
        List<String> lines = new String(write(INQUIRIES), StandardCharsets.US_ASCII).lines().toList();

        // dependent: DMG and NM1*QC in the HL 23, subscriber NM1*IL without DMG in the HL 22
        assertThat(lines.subList(lines.indexOf("HL*4*3*22*1~"), lines.indexOf("HL*6*3*22*0~"))).containsExactly(
                "HL*4*3*22*1~", "NM1*IL*1*DOE*JOHN****MI*SUB1~",
                "HL*5*4*23~", "DMG*D8*20100505*F~", "NM1*QC*1*DOE*AMY~",
                "TRN*1*CLAIM-A~", "REF*EJ*CLAIM-A~", "AMT*T3*150~", "DTP*472*RD8*20250102-20250103~");
        assertThat(lines).contains("NM1*PR*2*ACME HEALTH PLAN*****PI*P1~", "NM1*41*2*ARFLOW BILLING*****46*ARFLOW~",
                "NM1*1P*2*RIVERSIDE CLINIC*****XX*1234567893~", "DMG*D8*19500202*U~", "DTP*472*D8*20250106~",
                "NM1*PR*2*MEDICARE*****PI*P2~");
        // CLAIM-C has no charge: no AMT after its TRN
        assertThat(lines.subList(lines.indexOf("TRN*1*CLAIM-C~"), lines.size()))
                .noneMatch(line -> line.startsWith("AMT"));
    }

    @Test
    void a_value_holding_a_delimiter_is_refused_and_nothing_is_written() {
        Party starred = new Party("STAR*CLINIC", "XX", "1234567893");
        StatusInquiry inquiry = new StatusInquiry("CLAIM-X", ACME, starred, RITA, null,
                DateRange.of(LocalDate.of(2025, 1, 6)), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> new StatusInquiryWriter().write(List.of(inquiry), ENVELOPE, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("provider 1234567893: segment NM1, element 3 would contain the X12 delimiter '*'");
        assertThat(out.size()).isZero();

        StatusInquiry named = new StatusInquiry("CLAIM-Y", ACME, CLINIC,
                new Person("O:NEIL", "RITA", "SUB2", LocalDate.of(1950, 2, 2), "F"), null,
                DateRange.of(LocalDate.of(2025, 1, 6)), null);
        assertThatThrownBy(() -> new StatusInquiryWriter().write(List.of(named), ENVELOPE, out))
                .hasMessage("inquiry for claim CLAIM-Y: segment NM1, element 3 would contain the X12 delimiter ':'");
    }

    @Test
    void an_inquiry_without_the_patients_birth_date_is_refused() {
        Person noBirthDate = new Person("DOE", "AMY", null, null, "F");

        assertThatThrownBy(() -> new StatusInquiry("CLAIM-A", ACME, CLINIC, JOHN, noBirthDate,
                DateRange.of(LocalDate.of(2025, 1, 2)), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the patient's birth date is required (claim CLAIM-A)");
    }

    @Test
    void an_envelope_with_an_out_of_range_control_number_or_long_id_is_refused() {
        LocalDateTime now = LocalDateTime.of(2025, 1, 20, 9, 30);
        assertThatThrownBy(() -> new Envelope("ZZ", "A", "ZZ", "B", "SUB", 0, false, now))
                .hasMessageContaining("control number");
        assertThatThrownBy(() -> new Envelope("ZZ", "A234567890123456", "ZZ", "B", "SUB", 1, false, now))
                .hasMessageContaining("sender id");
    }

    private static Transaction readBack(byte[] file) {
        List<Transaction> transactions = X12Reader.read(new ByteArrayInputStream(file), "out.276", "276");
        assertThat(transactions).hasSize(1);
        return transactions.getFirst();
    }
}
