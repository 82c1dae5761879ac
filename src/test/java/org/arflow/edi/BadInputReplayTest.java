package org.arflow.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.arflow.IntegrationTest;
import org.arflow.claims.ClaimService;
import org.arflow.claims.ClaimStage;
import org.arflow.claims.LifecycleDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reproductions of what fuzzing the running app broke (issue 19): NUL bytes, control characters,
 * numbers beyond a column, impossible money, unknown status codes, an 837 without a charge. Each
 * gives a located failure or a hold for a person, never an interrupted import, never a claim paid.
 */
@IntegrationTest
class BadInputReplayTest {

    @Autowired
    X12Import importer;
    @Autowired
    ClaimService claims;
    @Autowired
    LifecycleDriver office;
    @Autowired
    RemittanceExceptions exceptions;

    @Test
    void a_nul_byte_in_a_claim_id_is_refused_at_its_segment_and_element_and_the_file_is_kept() {
        String file = X12Fixtures.remittance("0001", "EFT-NUL", "10.00", "CLP*NUL\0ID*1*10*10**MB*ICNN1");

        ImportReport report = importer.importFile("nul\0name.835", bytes(file), "TEST", "b");

        assertThat(report.failed()).isTrue();
        assertThat(report.error().segmentTag()).isEqualTo("CLP");
        assertThat(report.error().elementPosition()).isEqualTo(1);
        assertThat(report.error().segmentPosition()).isEqualTo(12);
        assertThat(report.error().message()).contains("control character (0x00)").contains("nul?name.835");
        assertThat(importer.recentFiles(20)).anyMatch(f -> f.id() == report.fileId() && f.status().equals("FAILED"));
    }

    @Test
    void an_escape_character_in_a_name_is_refused_with_its_place() {
        String file = X12Fixtures.remittance("0001", "EFT-ESC", "10.00", "CLP*ESC-1*1*10*10**MB*ICNE1",
                "NM1*QC*1*DOE\u001BX*JANE");

        ImportReport report = importer.importFile("esc.835", bytes(file), "TEST", "b");

        assertThat(report.failed()).isTrue();
        assertThat(report.error().segmentTag()).isEqualTo("NM1");
        assertThat(report.error().elementPosition()).isEqualTo(3);
    }

    @Test
    void amounts_and_units_beyond_what_a_column_holds_are_located() {
        ImportReport charge = importer.importFile("big-charge.835", bytes(X12Fixtures.remittance("0001", "EFT-BIG", "10.00",
                "CLP*BIG-1*1*123456789012*10**MB*ICNB1")), "TEST", "b");
        ImportReport units = importer.importFile("big-units.835", bytes(X12Fixtures.remittance("0001", "EFT-UNITS", "10.00",
                "CLP*BIG-2*1*10*10**MB*ICNB2", "SVC*HC:99213*10*10**12345678")), "TEST", "b");
        ImportReport claimUnits = importer.importFile("big-units.837",
                bytes(X12Fixtures.claims("0001", "X-BIG-837-A", "X-BIG-837-B").replace("SV1*HC:87070*50*UN*2***1",
                        "SV1*HC:87070*50*UN*99999999***1")), "TEST", "b");

        assertThat(charge.failed()).isTrue();
        assertThat(charge.error().segmentTag()).isEqualTo("CLP");
        assertThat(charge.error().elementPosition()).isEqualTo(3);
        assertThat(charge.error().message()).contains("too large");
        assertThat(units.error().segmentTag()).isEqualTo("SVC");
        assertThat(units.error().elementPosition()).isEqualTo(5);
        assertThat(claimUnits.error().segmentTag()).isEqualTo("SV1");
        assertThat(claimUnits.error().elementPosition()).isEqualTo(4);
    }

    @Test
    void an_unknown_claim_status_code_is_refused_at_clp02() {
        ImportReport report = importer.importFile("status99.835", bytes(X12Fixtures.remittance("0001", "EFT-99", "10.00",
                "CLP*S99-1*99*10*10**MB*ICN99")), "TEST", "b");

        assertThat(report.failed()).isTrue();
        assertThat(report.error().segmentTag()).isEqualTo("CLP");
        assertThat(report.error().elementPosition()).isEqualTo(2);
        assertThat(report.error().message()).contains("'99' is not a claim status code");
    }

    @Test
    void an_837_without_a_positive_charge_fails_for_good_at_clm02_and_is_never_sent_again() {
        ImportReport zero = importer.importFile("zero.837", bytes(X12Fixtures.claims("0001", "X-ZERO-A", "X-ZERO-B")
                .replace("CLM*X-ZERO-A*150", "CLM*X-ZERO-A*0")), "TEST", "b");
        ImportReport negative = importer.importFile("negative.837", bytes(X12Fixtures.claims("0001", "X-NEG-A", "X-NEG-B")
                .replace("CLM*X-NEG-B*80", "CLM*X-NEG-B*-80")), "TEST", "b");

        assertThat(zero.failed()).isTrue();
        assertThat(zero.error().segmentTag()).isEqualTo("CLM");
        assertThat(zero.error().elementPosition()).isEqualTo(2);
        assertThat(zero.error().message()).doesNotContain("send it again");
        assertThat(negative.error().segmentTag()).isEqualTo("CLM");
        assertThat(claims.find("X-ZERO-B")).isEmpty();
    }

    @Test
    void a_negative_payment_under_status_1_is_held_for_a_person_and_the_claim_stays_open() {
        office.submit("X-NEG-PAY", "Medicare", 10, "100.00", null);

        ImportReport report = importer.importFile("negative.835", bytes(X12Fixtures.remittance("0001", "EFT-NEGPAY",
                "-50.00", "CLP*X-NEG-PAY*1*100*-50**MB*ICNNP", "CAS*CO*45*150")), "TEST", "b");

        assertThat(report.status()).isEqualTo("IMPORTED");
        assertThat(report.counts().heldImplausible()).isEqualTo(1);
        assertThat(report.counts().remittancesPosted()).isZero();
        assertThat(exceptions.open()).anyMatch(i -> i.claimRef().equals("X-NEG-PAY") && i.kind().equals("IMPLAUSIBLE")
                && i.problem().contains("negative"));
        assertThat(claims.get("X-NEG-PAY").paidAmount()).isEqualByComparingTo("0");
        assertThat(claims.get("X-NEG-PAY").stage()).isNotEqualTo(ClaimStage.CLOSED);
    }

    @Test
    void paying_more_than_the_charge_is_held_not_closed_as_paid_in_full() {
        office.submit("X-OVERPAY", "Medicare", 10, "100.00", null);

        ImportReport report = importer.importFile("overpay.835", bytes(X12Fixtures.remittance("0001", "EFT-OVERPAY",
                "1000.00", "CLP*X-OVERPAY*1*100*1000**MB*ICNOP", "CAS*CO*45*-900")), "TEST", "b");

        assertThat(report.counts().heldImplausible()).isEqualTo(1);
        assertThat(report.warnings()).anyMatch(w -> w.contains("more than the charge"));
        assertThat(claims.get("X-OVERPAY").balance()).isEqualByComparingTo("100");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
