package org.arflow.edi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.arflow.IntegrationTest;
import org.arflow.claims.ClaimService;
import org.arflow.claims.LifecycleDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** PLB lines and claim interest booked per payer and payee, recoupments linked to the claim they name. */
@IntegrationTest
class ProviderLedgerTest {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    X12Import importer;
    @Autowired
    ClaimService claims;
    @Autowired
    LifecycleDriver office;
    @Autowired
    ProviderLedger ledger;

    @Test
    void a_plb_wo_recoupment_is_linked_to_the_claim_its_reference_names_and_its_timeline_is_told() {
        office.submit("X-PLB-OVERPAID", "Medicare", 10, "100.00", null);
        office.submit("X-PLB-BYICN", "Medicare", 10, "50.00", null);
        importer.importFile("paid.835", bytes(X12Fixtures.remittance("0001", "EFT-PLB-1", "50.00",
                "CLP*X-PLB-BYICN*1*50*50**MB*PAYER-ICN-77")), "TEST", "b");

        // claims 20; WO 15 by our claim id and 72 5 by the payer's number reduce it; FB -3 increases it: 20 - 20 + 3
        ImportReport report = importer.importFile("plb.835", bytes(X12Fixtures.remittance("0001", "EFT-PLB-2", "3.00",
                "CLP*X-PLB-UNKNOWN*1*20*20**MB*U1",
                "PLB*1234567893*20251231*WO:X-PLB-OVERPAID*15*72:PAYER-ICN-77*5*FB:NEXT*-3")), "TEST", "b");

        assertThat(report.status()).isEqualTo("IMPORTED");
        assertThat(report.warnings()).anyMatch(w -> w.contains("PLB) WO 15") && w.contains("reduces the payment by 15")
                        && w.contains("linked to claim X-PLB-OVERPAID"))
                .anyMatch(w -> w.contains("PLB) 72 5") && w.contains("linked to claim X-PLB-BYICN"))
                .anyMatch(w -> w.contains("PLB) FB -3") && w.contains("increases the payment by 3"));
        List<ProviderLedger.Entry> entries = ledger.entries("MCR01", "1234567893", 50).stream()
                .filter(e -> e.fileId() == report.fileId()).toList();
        assertThat(entries).extracting(ProviderLedger.Entry::kind)
                .containsExactlyInAnyOrder("RECOUPMENT", "RECOUPMENT", "CARRIED_FORWARD");
        assertThat(entries).filteredOn(e -> e.reasonCode().equals("WO")).singleElement()
                .satisfies(e -> assertThat(e.claimId()).isEqualTo("X-PLB-OVERPAID"));
        assertThat(claims.timeline("X-PLB-OVERPAID")).anyMatch(e -> e.description().contains("recoupment (PLB WO) of 15"));
        assertThat(claims.timeline("X-PLB-BYICN")).anyMatch(e -> e.description().contains("PLB 72"));
    }

    @Test
    void claim_interest_and_l6_are_booked_as_interest_not_as_claim_payment_and_the_api_shows_them() throws Exception {
        office.submit("X-AMT-I", "Medicare", 10, "100.00", null);

        // CLP04 105 carries 5 of interest, balanced by CAS 225 -5; PLB L6 -2 adds 2 more: BPR 107
        ImportReport report = importer.importFile("interest.835", bytes(X12Fixtures.remittance("0001", "EFT-INT", "107.00",
                "CLP*X-AMT-I*1*100*105**MB*ICN-INT", "CAS*OA*225*-5", "AMT*I*5",
                "PLB*1234567893*20251231*L6:X-AMT-I*-2")), "TEST", "b");

        assertThat(report.counts().remittancesPosted()).isEqualTo(1);
        assertThat(report.money().interest()).isEqualByComparingTo("5");
        assertThat(report.money().postedPaid()).isEqualByComparingTo("100");
        assertThat(claims.get("X-AMT-I").paidAmount()).isEqualByComparingTo("100");
        assertThat(claims.get("X-AMT-I").balance()).isEqualByComparingTo("0");
        assertThat(claims.timeline("X-AMT-I")).anyMatch(e -> e.description().contains("Interest of 5"));

        JsonNode api = json.readTree(get("/api/x12/ledger?payer=MCR01&payee=1234567893").body());
        List<JsonNode> mine = new ArrayList<>();
        api.forEach(e -> {
            if (e.at("/fileId").asLong() == report.fileId()) {
                mine.add(e);
            }
        });
        assertThat(mine).extracting(e -> e.at("/kind").asText() + " " + e.at("/reasonCode").asText() + " "
                + e.at("/amount").decimalValue().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("INTEREST AMT*I -5", "INTEREST L6 -2");
        assertThat(get("/api/x12/ledger/balances").body()).contains("INTEREST");
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("biller:biller".getBytes(StandardCharsets.UTF_8))).GET().build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
