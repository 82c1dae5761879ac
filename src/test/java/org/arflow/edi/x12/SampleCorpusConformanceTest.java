package org.arflow.edi.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads the shared X12 sample corpus (real 5010 files written by others, kept outside the
 * repository in ../shared/samples/x12) and checks values read off those files by hand. Skips
 * when the folder is absent, as in a fresh clone.
 */
class SampleCorpusConformanceTest {

    private static final Path CORPUS = Path.of("..", "shared", "samples", "x12");
    private static final String MANAGED_CARE = "835_005010X221A1__managed-care.835";

    /** Before each test, not inside it: an assumption thrown inside assertThatThrownBy would be caught there. */
    @BeforeEach
    void skip_without_the_corpus() {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS),
                "no sample corpus at " + CORPUS.toAbsolutePath().normalize() + ": conformance tests skipped");
    }

    private static Path corpus() {
        return CORPUS;
    }

    private static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(corpus().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        return new ByteArrayInputStream(bytes(name));
    }

    private static List<Remittance> remittances(String name) {
        return new RemittanceParser().parse(open(name), name);
    }

    private static List<ClaimSubmission> claims(String name) {
        return new ClaimSubmissionParser().parse(open(name), name);
    }

    private static List<ClaimStatusResponse> statuses(String name) {
        return new StatusResponseParser().parse(open(name), name);
    }

    /** The transaction type of a corpus file: its 835_/837_/276_/277_ prefix, else its extension. */
    private static String type(String name) {
        String prefix = name.substring(0, Math.min(3, name.length()));
        return prefix.matches("\\d{3}") ? prefix : name.substring(name.lastIndexOf('.') + 1);
    }

    @TestFactory
    Stream<DynamicTest> every_file_is_read_by_the_parser_of_its_type() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(corpus())) {
            files = listing.filter(f -> type(f.getFileName().toString()).matches("835|837|276|277")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String name = f.getFileName().toString();
            switch (type(name)) {
                case "835" -> {
                    if (name.equals(MANAGED_CARE)) {
                        assertThatThrownBy(() -> remittances(name)).isInstanceOf(X12FormatException.class);
                    } else {
                        assertThat(remittances(name)).isNotEmpty().allSatisfy(r -> assertThat(r.claims()).isNotEmpty());
                    }
                }
                case "837" -> assertThat(claims(name)).isNotEmpty()
                        .allSatisfy(c -> assertThat(c.serviceLines()).isNotEmpty());
                case "277" -> assertThat(statuses(name)).allSatisfy(s -> assertThat(s.statuses()).isNotEmpty());
                default -> assertThat(X12Reader.read(open(name), name, "276")).hasSize(1);
            }
        }));
    }

    @Test
    void medicare_part_a_remittance_has_two_institutional_claims_a_plb_and_balances() {
        Remittance remittance = remittances("835_005010X221A1__medicare-part-a.835").getFirst();

        assertThat(remittance.paymentAmount()).isEqualByComparingTo("150000.00");
        assertThat(remittance.paymentDate()).isEqualTo(LocalDate.of(2002, 9, 13));
        assertThat(remittance.payer()).isEqualTo(new Party("INSURANCE COMPANY OF TIMBUCKTU", "2U", "999"));
        assertThat(remittance.claims()).extracting(ClaimPayment::claimId, ClaimPayment::paid)
                .containsExactly(tuple("666123", new BigDecimal("138018.40")), tuple("777777", new BigDecimal("11980.33")));
        assertThat(remittance.claims().get(1).remarkCodes()).containsExactly("MA02");
        assertThat(remittance.providerAdjustments()).singleElement()
                .satisfies(plb -> assertThat(plb.amount()).isEqualByComparingTo("-1.27"));
        assertThat(new RemittanceBalance().check(remittance)).isEmpty();
    }

    @Test
    void secondary_payment_keeps_claim_and_line_adjustments_and_balances() {
        Remittance remittance = remittances("835_005010X221A1__secondary-payment.835").getFirst();

        assertThat(remittance.claims()).extracting(ClaimPayment::claimId).containsExactly("L0004828311", "0001000053");
        ClaimPayment second = remittance.claims().get(1);
        assertThat(second.patientResponsibility()).isEqualByComparingTo("220.00");
        assertThat(second.serviceLines()).hasSize(2);
        assertThat(second.serviceLines().get(1).adjustments())
                .extracting(Adjustment::group, Adjustment::reasonCode, Adjustment::amount)
                .containsExactly(tuple("PR", "1", new BigDecimal("150.00")), tuple("PR", "2", new BigDecimal("70.00")),
                        tuple("CO", "42", new BigDecimal("85.00")));
        assertThat(new RemittanceBalance().check(remittance)).isEmpty();
    }

    @Test
    void tertiary_payment_has_one_service_line_that_does_not_balance() {
        Remittance remittance = remittances("835_005010X221A1__tertiary-payment.835").getFirst();

        // its SVC01 is "HC" without a code, which shifts the charge: 24599.00 - 1579.00 is not 1766.50
        assertThat(new RemittanceBalance().check(remittance)).singleElement().satisfies(problem -> {
            assertThat(problem.level()).isEqualTo(BalanceProblem.Level.SERVICE_LINE);
            assertThat(problem.claimId()).isEqualTo("0001000054");
            assertThat(problem.lineNumber()).isEqualTo(1);
            assertThat(problem.expected()).isEqualByComparingTo("23020.00");
            assertThat(problem.actual()).isEqualByComparingTo("1766.50");
        });
    }

    @Test
    void cob_remittance_keeps_a_negative_adjustment_and_has_its_date_one_element_early() {
        Remittance remittance = remittances("835_005010X221A1__cob-contractural-adjustment.835").getFirst();

        // BPR carries its date in BPR15, one element early: BPR16 is absent
        assertThat(remittance.paymentDate()).isNull();
        ServiceLinePayment line = remittance.claims().getFirst().serviceLines().getFirst();
        assertThat(line.adjustments()).extracting(Adjustment::reasonCode, Adjustment::amount)
                .containsExactly(tuple("23", new BigDecimal("516.00")), tuple("94", new BigDecimal("-9.00")));
        // SVC01 is written HC>55669 while ISA16 declares ':' as the component separator
        assertThat(line.procedure()).isEqualTo(new ProcedureCode("HC>55669", null, List.of()));
        assertThat(new RemittanceBalance().check(remittance)).isEmpty();
    }

    @Test
    void managed_care_remittance_is_refused_for_its_impossible_payment_date_and_balances_once_corrected() {
        assertThatThrownBy(() -> remittances(MANAGED_CARE)).isInstanceOf(X12FormatException.class)
                .hasMessage("835 file " + MANAGED_CARE
                        + ", segment 4 (BPR), element 16: '20002316' is not a date CCYYMMDD");

        String corrected = new String(bytes(MANAGED_CARE), StandardCharsets.US_ASCII).replace("*20002316~", "*20020316~");
        Remittance remittance = new RemittanceParser()
                .parse(new ByteArrayInputStream(corrected.getBytes(StandardCharsets.US_ASCII)), "corrected").getFirst();
        assertThat(remittance.claims()).extracting(ClaimPayment::claimId).containsExactly("5554555444", "8765432112");
        assertThat(remittance.claims().getFirst().adjustments()).extracting(Adjustment::reasonCode).containsExactly("A2");
        assertThat(new RemittanceBalance().check(remittance)).isEmpty();
    }

    @Test
    void claim_files_give_the_claims_parties_and_lines_read_off_them() {
        ClaimSubmission ambulance = claims("837_005010X222A2__demo.ambulance.example5.837").getFirst();
        assertThat(ambulance.claimId()).isEqualTo("051068");
        assertThat(ambulance.totalCharge()).isEqualByComparingTo("766.50");
        assertThat(ambulance.serviceLines()).extracting(l -> l.procedure().code())
                .containsExactly("A0427", "A0425", "A0422", "A0382");
        assertThat(ambulance.serviceLines().get(1).units()).isEqualByComparingTo("21");

        ClaimSubmission accident = claims("837_005010X222A2__demo.autoaccident.837").getFirst();
        assertThat(accident.subscriber().memberId()).isEqualTo("B99977791G");
        assertThat(accident.patient().lastName()).isNotEqualTo(accident.subscriber().lastName());
        assertThat(accident.patient().birthDate()).isEqualTo(LocalDate.of(1948, 6, 1));

        // the other payer's loop after the claim names KEY INSURANCE: the claim's payer stays the first one
        ClaimSubmission secondary = claims("837_005010X222A2__demo.cob.example3.B.837").getFirst();
        assertThat(secondary.payer()).isEqualTo(new Party("GREAT PRAIRIES HEALTH", "PI", "567890"));
        assertThat(secondary.subscriber().memberId()).isEqualTo("222334444");

        ClaimSubmission anesthesia = claims("837_005010X222A2__demo.example9.837").getFirst();
        assertThat(anesthesia.serviceLines().getFirst().unitBasis()).isEqualTo("MJ");
        assertThat(anesthesia.serviceLines().getFirst().units()).isEqualByComparingTo("61");
        // this file writes CLM05 as 22>B>1 while ISA16 declares ':', so it stays one component
        assertThat(anesthesia.facilityCode()).isEqualTo("22>B>1");
        assertThat(anesthesia.frequencyCode()).isNull();
    }

    @Test
    void status_responses_give_p3_f0_and_f2_with_the_line_status_left_out() {
        List<ClaimStatusResponse> responses = statuses("277_005010X212__claim-level-status.277");

        assertThat(responses).extracting(ClaimStatusResponse::claimId).containsExactly("ABCXYZ1", "ABCXYZ2", "ABCXYC3");
        assertThat(responses).flatExtracting(ClaimStatusResponse::statuses)
                .extracting(ClaimStatus::categoryCode, ClaimStatus::statusCode)
                .containsExactly(tuple("P3", "317"), tuple("F0", "3"), tuple("F2", "88"));
        assertThat(responses.get(1).statuses().getFirst().paidAmount()).isEqualByComparingTo("7599.00");
        assertThat(responses.get(0).payerClaimControlNumber()).isEqualTo("05347006051");
        assertThat(responses.get(0).patientControlNumber()).isEqualTo("SM123456");
        assertThat(statuses("277_005010X212__provider-level-status.277")).hasSize(1);
        assertThat(statuses("277_005010X212__information-receiver-level-status.277")).isEmpty();
    }

    @Test
    void written_276_has_the_segment_layout_of_the_corpus_inquiry() {
        String sample = "276_005010X212__information-receiver-level-status.276";
        Transaction theirs = X12Reader.read(open(sample), sample, "276").getFirst();
        StatusInquiry inquiry = new StatusInquiry("ABCXYZ1", new Party("ABC INSURANCE", "PI", "12345"),
                new Party("HOME HOSPITAL", "XX", "1666666661"),
                new Person("SMITH", "FRED", "123456789A", LocalDate.of(1930, 12, 10), "M"), null,
                new DateRange(LocalDate.of(2005, 8, 31), LocalDate.of(2005, 9, 6)), new BigDecimal("8513.88"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StatusInquiryWriter().write(List.of(inquiry), new Envelope("30", "000000005", "30", "12345", "XYZ SERVICE",
                907, false, LocalDateTime.of(2005, 9, 15, 14, 25)), out);
        Transaction ours = X12Reader.read(new ByteArrayInputStream(out.toByteArray()), "ours.276", "276").getFirst();

        // the sample also sends REF*BLT (institutional bill type), which an inquiry here does not carry
        List<String> theirLayout = theirs.body().stream().filter(s -> !(s.tag().equals("REF") && s.is(1, "BLT")))
                .map(s -> s.tag() + (s.tag().equals("HL") ? s.text(3) : "")).toList();
        assertThat(ours.body().stream().map(s -> s.tag() + (s.tag().equals("HL") ? s.text(3) : "")).toList())
                .isEqualTo(theirLayout);
        // payer, provider, subscriber, demographics, trace, charge and dates come out as in the sample
        assertThat(shared(ours)).isEqualTo(shared(theirs)).hasSize(7);
    }

    private static List<List<List<String>>> shared(Transaction transaction) {
        return transaction.body().stream()
                .filter(s -> (s.tag().equals("NM1") && !s.is(1, "41")) || s.tag().matches("DMG|TRN|AMT|DTP"))
                .map(Segment::elements).toList();
    }
}
