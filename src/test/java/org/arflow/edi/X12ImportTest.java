package org.arflow.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.arflow.IntegrationTest;
import org.arflow.claims.ClaimService;
import org.arflow.claims.ClaimStage;
import org.arflow.claims.LifecycleDriver;
import org.arflow.edi.x12.X12Text;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** X12 files through the one import path, on the real database and engine, with fixtures we own. */
@IntegrationTest
class X12ImportTest {

    @Autowired
    X12Import importer;
    @Autowired
    ClaimService claims;
    @Autowired
    LifecycleDriver office;
    @Autowired
    RemittanceExceptions exceptions;
    @Value("${arflow.data-dir:./data}")
    Path dataDir;

    @Test
    void claims_of_an_837_are_created_once_and_start_their_follow_up() {
        ImportReport first = importer.importFile("two.837", bytes(X12Fixtures.claims("0001", "X-837-A", "X-837-B")),
                "TEST", "biller");

        assertThat(first.status()).isEqualTo("IMPORTED");
        assertThat(first.counts().claimsCreated()).isEqualTo(2);
        assertThat(claims.get("X-837-A").billedAmount()).isEqualByComparingTo("150");
        assertThat(claims.get("X-837-A").patientName()).isEqualTo("AMY DOE");
        assertThat(claims.get("X-837-B").payerName()).isEqualTo("Medicare");
        assertThat(claims.serviceLines("X-837-A")).extracting(l -> l.procedureCode()).containsExactly("99213", "87070");
        office.instanceKey("X-837-A");

        ImportReport again = importer.importFile("two-again.837", bytes(X12Fixtures.claims("0001", "X-837-A", "X-837-B")),
                "TEST", "biller");
        ImportReport overlapping = importer.importFile("one-known.837",
                bytes(X12Fixtures.claims("0002", "X-837-A", "X-837-C")), "TEST", "biller");

        assertThat(again.duplicateFile()).isTrue();
        assertThat(again.message()).contains("received before");
        assertThat(overlapping.counts().claimsCreated()).isEqualTo(1);
        assertThat(overlapping.counts().claimsAlreadyKnown()).isEqualTo(1);
        assertThat(overlapping.warnings()).anyMatch(w -> w.contains("X-837-A is already known"));
    }

    @Test
    void a_remittance_posts_to_its_claim_and_the_claim_process_closes_it() {
        office.submit("X-835-PAID", "Medicare", 10, "100.00", null);
        office.submit("X-835-PR", "Medicare", 10, "200.00", null);

        ImportReport report = importer.importFile("pay.835", bytes(X12Fixtures.remittance("0001", "EFT-POST-1", "220.00",
                "CLP*X-835-PAID*1*100*100**MB*ICN1",
                "CLP*X-835-PR*1*200*120*50*MB*ICN2",
                "SVC*HC:99213*200*120**1", "DTM*472*20250102", "CAS*CO*45*30", "CAS*PR*1*50", "LQ*HE*N130")),
                "TEST", "biller");

        assertThat(report.status()).isEqualTo("IMPORTED");
        assertThat(report.counts().remittancesPosted()).isEqualTo(2);
        assertThat(report.money().paymentTotal()).isEqualByComparingTo("220.00");
        assertThat(report.money().postedPaid()).isEqualByComparingTo("220.00");
        assertThat(report.warnings()).isEmpty();
        office.awaitStage("X-835-PAID", ClaimStage.CLOSED);
        office.awaitStage("X-835-PR", ClaimStage.PATIENT_BALANCE);
        assertThat(claims.get("X-835-PR").patientResponsibility()).isEqualByComparingTo("50");
    }

    @Test
    void the_same_payment_in_another_file_posts_nothing_and_says_so() {
        office.submit("X-835-TWICE", "Medicare", 10, "80.00", null);
        String clp = "CLP*X-835-TWICE*1*80*80**MB*ICN3";
        importer.importFile("first.835", bytes(X12Fixtures.remittance("0001", "EFT-TWICE", "80.00", clp)), "TEST", "b");

        ImportReport second = importer.importFile("second.835",
                bytes(X12Fixtures.remittance("0002", "EFT-TWICE", "80.00", clp)), "TEST", "b");

        assertThat(second.duplicateFile()).isFalse();
        assertThat(second.counts().duplicatePayments()).isEqualTo(1);
        assertThat(second.counts().remittancesPosted()).isZero();
        assertThat(second.warnings()).anyMatch(w -> w.contains("EFT-TWICE") && w.contains("imported before"));
        assertThat(claims.get("X-835-TWICE").paidAmount()).isEqualByComparingTo("80");
    }

    @Test
    void a_remittance_for_an_unknown_claim_waits_as_unmatched_until_a_biller_posts_it() {
        office.submit("X-835-REAL", "Medicare", 10, "90.00", null);

        ImportReport report = importer.importFile("unmatched.835",
                bytes(X12Fixtures.remittance("0001", "EFT-UNMATCHED", "90.00", "CLP*X-835-TYPO*1*90*90**MB*ICN4")),
                "TEST", "b");

        assertThat(report.counts().unmatched()).isEqualTo(1);
        RemittanceExceptions.Item held = exceptions.open().stream()
                .filter(i -> i.claimRef().equals("X-835-TYPO")).findFirst().orElseThrow();
        assertThat(held.kind()).isEqualTo("UNMATCHED");

        assertThat(exceptions.resolve(held.id(), "X-835-REAL", "biller")).isTrue();
        assertThat(exceptions.resolve(held.id(), "X-835-REAL", "biller")).isFalse();

        office.awaitStage("X-835-REAL", ClaimStage.CLOSED);
        assertThat(claims.get("X-835-REAL").paidAmount()).isEqualByComparingTo("90");
    }

    @Test
    void a_claim_that_does_not_balance_is_held_not_posted() {
        office.submit("X-835-ODD", "Medicare", 10, "100.00", null);

        ImportReport report = importer.importFile("odd.835", bytes(X12Fixtures.remittance("0001", "EFT-ODD", "70.00",
                "CLP*X-835-ODD*1*100*70**MB*ICN5", "CAS*CO*45*20")), "TEST", "b");

        assertThat(report.counts().heldUnbalanced()).isEqualTo(1);
        assertThat(report.counts().remittancesPosted()).isZero();
        assertThat(report.warnings()).anyMatch(w -> w.contains("X-835-ODD"));
        assertThat(claims.get("X-835-ODD").paidAmount()).isEqualByComparingTo("0");
        assertThat(exceptions.open()).anyMatch(i -> i.claimRef().equals("X-835-ODD") && i.kind().equals("UNBALANCED"));
    }

    @Test
    void a_277_asking_for_information_starts_the_documentation_request() {
        office.submit("X-277-P3", "Medicare", 10, "150.00", null);

        ImportReport report = importer.importFile("status.277",
                bytes(X12Fixtures.status("0001", "X-277-P3", "P3:317")), "TEST", "b");

        assertThat(report.counts().statusesRecorded()).isEqualTo(1);
        office.awaitTask("X-277-P3", "GatherDocumentation");
        assertThat(claims.timeline("X-277-P3")).anyMatch(e -> e.description().contains("Payer status P3:317"));
    }

    @Test
    void broken_files_are_kept_as_failed_with_the_place_of_the_error() {
        ImportReport notX12 = importer.importFile("letter.txt", bytes("Dear billing office"), "TEST", "b");
        String badCount = X12Fixtures.claims("0001", "X-837-CNT-A", "X-837-CNT-B").replace("SE*32*0001", "SE*99*0001");
        ImportReport wrongCount = importer.importFile("count.837", bytes(badCount), "TEST", "b");
        ImportReport badAmount = importer.importFile("amount.835", bytes(X12Fixtures.remittance("0001", "EFT-AMT", "10.00",
                "CLP*Z*1*ten*10**MB*I")), "TEST", "b");
        ImportReport unsupported = importer.importFile("ack.999", bytes(X12Text.file("999", "005010X231A1", "AK1*HC*1")),
                "TEST", "b");

        assertThat(List.of(notX12, wrongCount, badAmount, unsupported)).allMatch(ImportReport::failed);
        assertThat(notX12.error().message()).contains("letter.txt").contains("not an X12 file");
        assertThat(wrongCount.error().segmentTag()).isEqualTo("SE");
        assertThat(badAmount.error().segmentTag()).isEqualTo("CLP");
        assertThat(badAmount.error().elementPosition()).isEqualTo(3);
        assertThat(badAmount.error().message()).contains("amount.835");
        assertThat(unsupported.error().message()).contains("999");
        assertThat(importer.recentFiles(50)).anyMatch(f -> f.fileName().equals("amount.835") && f.status().equals("FAILED"));
    }

    @Test
    void a_file_dropped_into_the_inbox_is_imported_and_moved_to_processed() throws Exception {
        Path inbox = dataDir.resolve("x12").resolve("inbox");
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("dropped.837"), X12Fixtures.claims("0003", "X-INBOX-1", "X-INBOX-2"));

        await().atMost(Duration.ofSeconds(30)).until(() -> claims.find("X-INBOX-2").isPresent());
        await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(inbox.resolve("dropped.837")));
        try (var processed = Files.list(inbox.resolve("processed"))) {
            assertThat(processed.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("dropped.837"));
        }
    }

    @Test
    void mutated_files_always_give_a_report_or_a_located_error_never_an_exception() {
        String valid = X12Fixtures.remittance("0001", "EFT-FUZZ", "100.00", "CLP*FUZZ-1*1*100*100**MB*ICN9",
                "SVC*HC:99213*100*100**1");
        java.util.Random random = new java.util.Random(20261129L);
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            char[] text = valid.toCharArray();
            for (int m = 0; m <= random.nextInt(3); m++) {
                int at = random.nextInt(text.length);
                text[at] = "*~:^0A9 .-\n".charAt(random.nextInt(11));
            }
            String mutated = random.nextInt(5) == 0 ? new String(text, 0, random.nextInt(text.length)) : new String(text);
            ImportReport report = importer.importFile("fuzz-" + i + ".835", bytes(mutated), "TEST", "b");
            if (report.failed()) {
                assertThat(report.error().message()).as("mutation %d", i).isNotBlank();
            }
            outcomes.add(report.status());
        }
        assertThat(outcomes).contains("FAILED");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
