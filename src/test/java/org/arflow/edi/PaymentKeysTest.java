package org.arflow.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.arflow.IntegrationTest;
import org.arflow.claims.ClaimService;
import org.arflow.claims.LifecycleDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Payment and exception keys that cannot collide: payer + trace + amount + payee, with ISA13 and ST02. */
@IntegrationTest
class PaymentKeysTest {

    @Autowired
    X12Import importer;
    @Autowired
    ClaimService claims;
    @Autowired
    LifecycleDriver office;
    @Autowired
    RemittanceExceptions exceptions;

    @Test
    void three_interchanges_sharing_one_trace_number_keep_every_held_claim() {
        String file = X12Fixtures.underInterchange("000000101", X12Fixtures.remittance("0001", "EFT-SHARED-ISA", "10.00",
                "CLP*X-KEY-ISA-1*1*10*10**MB*K1"))
                + X12Fixtures.underInterchange("000000102", X12Fixtures.remittance("0001", "EFT-SHARED-ISA", "20.00",
                "CLP*X-KEY-ISA-2*1*20*20**MB*K2"))
                + X12Fixtures.underInterchange("000000103", X12Fixtures.remittance("0001", "EFT-SHARED-ISA", "30.00",
                "CLP*X-KEY-ISA-3*1*30*30**MB*K3"));

        ImportReport report = importer.importFile("three-isa.835", bytes(file), "TEST", "b");

        assertThat(report.status()).isEqualTo("IMPORTED");
        assertThat(report.counts().unmatched()).isEqualTo(3);
        assertThat(report.money().paymentTotal()).isEqualByComparingTo("60.00");
        assertThat(exceptions.open()).filteredOn(i -> i.fileId() == report.fileId())
                .extracting(RemittanceExceptions.Item::claimRef)
                .containsExactlyInAnyOrder("X-KEY-ISA-1", "X-KEY-ISA-2", "X-KEY-ISA-3");
    }

    @Test
    void three_transaction_sets_sharing_one_trace_number_keep_every_held_claim_and_post_once() {
        office.submit("X-KEY-ST-PAID", "Medicare", 10, "40.00", null);
        String file = X12Fixtures.remittances(List.of(
                X12Fixtures.remittanceBody("EFT-SHARED-ST", "40.00", "CLP*X-KEY-ST-PAID*1*40*40**MB*S0"),
                X12Fixtures.remittanceBody("EFT-SHARED-ST", "40.00", "CLP*X-KEY-ST-1*1*40*40**MB*S1"),
                X12Fixtures.remittanceBody("EFT-SHARED-ST", "15.00", "CLP*X-KEY-ST-2*1*15*15**MB*S2")));

        ImportReport report = importer.importFile("three-st.835", bytes(file), "TEST", "b");
        ImportReport again = importer.importFile("three-st-resent.835",
                bytes(X12Fixtures.underInterchange("000000777", file)), "TEST", "b");

        assertThat(report.counts().remittancesPosted()).isEqualTo(1);
        assertThat(report.counts().unmatched()).isEqualTo(2);
        assertThat(exceptions.open()).filteredOn(i -> i.fileId() == report.fileId())
                .extracting(RemittanceExceptions.Item::claimRef).containsExactlyInAnyOrder("X-KEY-ST-1", "X-KEY-ST-2");
        assertThat(again.counts().duplicatePayments()).as("the same three payments in another file").isEqualTo(3);
        assertThat(claims.get("X-KEY-ST-PAID").paidAmount()).isEqualByComparingTo("40");
    }

    @Test
    void a_same_trace_re_issue_with_another_amount_is_a_conflict_for_a_person() {
        office.submit("X-KEY-REISSUE", "Medicare", 10, "100.00", null);
        importer.importFile("original.835", bytes(X12Fixtures.remittance("0001", "EFT-REISSUE", "80.00",
                "CLP*X-KEY-REISSUE*1*100*80**MB*R1", "CAS*CO*45*20")), "TEST", "b");

        ImportReport reissue = importer.importFile("reissue.835", bytes(X12Fixtures.underInterchange("000000500",
                X12Fixtures.remittance("0001", "EFT-REISSUE", "90.00", "CLP*X-KEY-REISSUE*1*100*90**MB*R1",
                        "CAS*CO*45*10"))), "TEST", "b");

        assertThat(reissue.counts().conflictingPayments()).isEqualTo(1);
        assertThat(reissue.counts().duplicatePayments()).isZero();
        assertThat(reissue.counts().remittancesPosted()).isZero();
        assertThat(reissue.warnings()).anyMatch(w -> w.startsWith("Conflict") && w.contains("EFT-REISSUE")
                && w.contains("90.00") && w.contains("80.00")).noneMatch(w -> w.contains("imported before"));
        assertThat(exceptions.open()).anyMatch(i -> i.fileId() == reissue.fileId() && i.kind().equals("CONFLICT")
                && i.claimRef().equals("X-KEY-REISSUE") && i.paid().compareTo(new BigDecimal("90")) == 0);
        assertThat(claims.get("X-KEY-REISSUE").paidAmount()).isEqualByComparingTo("80");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
