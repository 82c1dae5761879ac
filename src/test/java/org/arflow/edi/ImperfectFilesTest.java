package org.arflow.edi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.arflow.IntegrationTest;
import org.arflow.claims.ClaimService;
import org.arflow.claims.LifecycleDriver;
import org.arflow.security.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Files with small faults a clearinghouse does send: what arflow skips, holds or reads with a warning. */
@IntegrationTest
class ImperfectFilesTest {

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
    RemittanceExceptions exceptions;
    @Autowired
    AuditLog audit;

    @Test
    void text_before_isa_and_a_byte_order_mark_are_skipped_with_a_warning() {
        office.submit("X-PRE-1", "Medicare", 10, "60.00", null);
        String file = X12Fixtures.remittance("0001", "EFT-PREAMBLE", "60.00", "CLP*X-PRE-1*1*60*60**MB*ICNP1");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] preamble = ("Clearinghouse batch 42 for RIVERSIDE\r\n" + file).getBytes(StandardCharsets.US_ASCII);
        byte[] content = new byte[bom.length + preamble.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(preamble, 0, content, bom.length, preamble.length);

        ImportReport report = importer.importFile("preamble.835", content, "TEST", "b");

        assertThat(report.status()).isEqualTo("IMPORTED");
        assertThat(report.counts().remittancesPosted()).isEqualTo(1);
        assertThat(report.warnings()).anyMatch(w -> w.contains("byte-order mark"))
                .anyMatch(w -> w.contains("characters before its ISA segment"));
        assertThat(claims.get("X-PRE-1").paidAmount()).isEqualByComparingTo("60");
    }

    @Test
    void an_835_with_a_wrong_se01_is_held_and_a_supervisor_can_import_it_anyway() throws Exception {
        office.submit("X-HELD-1", "Medicare", 10, "70.00", null);
        office.submit("X-HELD-2", "Medicare", 10, "30.00", null);
        String file = X12Fixtures.remittance("0001", "EFT-HELD-SE", "95.00", "CLP*X-HELD-1*1*70*70**MB*ICNH1",
                "CLP*X-HELD-2*1*30*25**MB*ICNH2").replace("SE*12*0001", "SE*99*0001");

        HttpResponse<String> held = post("biller", "/api/x12?fileName=held-se.835", file);

        assertThat(held.statusCode()).isEqualTo(202);
        JsonNode report = json.readTree(held.body());
        assertThat(report.at("/status").asText()).isEqualTo("HELD");
        assertThat(report.at("/error/segmentTag").asText()).isEqualTo("SE");
        assertThat(report.at("/error/message").asText()).contains("held-se.835").contains("SE01 says 99");
        assertThat(claims.get("X-HELD-1").paidAmount()).isEqualByComparingTo("0");
        long fileId = report.at("/fileId").asLong();

        assertThat(post("biller", "/api/x12/files/" + fileId + "/import-anyway", "").statusCode()).isEqualTo(403);
        HttpResponse<String> anyway = post("supervisor", "/api/x12/files/" + fileId + "/import-anyway", "");

        assertThat(anyway.statusCode()).isEqualTo(200);
        JsonNode imported = json.readTree(anyway.body());
        assertThat(imported.at("/status").asText()).isEqualTo("IMPORTED");
        assertThat(imported.at("/counts/remittancesPosted").asInt()).isEqualTo(1);
        assertThat(imported.at("/counts/heldUnbalanced").asInt()).as("balancing still applies").isEqualTo(1);
        assertThat(imported.at("/warnings").toString()).contains("Imported anyway by supervisor").contains("SE01");
        assertThat(claims.get("X-HELD-1").paidAmount()).isEqualByComparingTo("70");
        assertThat(exceptions.open()).anyMatch(i -> i.claimRef().equals("X-HELD-2") && i.kind().equals("UNBALANCED"));
        assertThat(audit.entries("supervisor", null, 0, 20))
                .anyMatch(e -> e.action().equals("X12_IMPORT_ANYWAY") && e.detail().contains("#" + fileId));
        assertThat(post("supervisor", "/api/x12/files/" + fileId + "/import-anyway", "").statusCode())
                .as("only a held file").isEqualTo(409);
    }

    @Test
    void an_835_whose_iea02_differs_from_isa13_is_held_with_the_place() {
        String file = X12Fixtures.remittance("0001", "EFT-HELD-IEA", "10.00", "CLP*X-IEA-1*1*10*10**MB*ICNI1")
                .replace("IEA*1*000000042", "IEA*1*000000043");

        ImportReport report = importer.importFile("iea.835", file.getBytes(StandardCharsets.US_ASCII), "TEST", "b");

        assertThat(report.held()).isTrue();
        assertThat(report.error().segmentTag()).isEqualTo("IEA");
        assertThat(report.error().message()).contains("ISA13");
        assertThat(importer.recentFiles(20)).anyMatch(f -> f.id() == report.fileId() && f.status().equals("HELD"));
    }

    @Test
    void a_277_with_a_wrong_count_is_read_and_the_count_is_a_warning() {
        office.submit("X-277-CNT", "Medicare", 10, "150.00", null);
        String file = X12Fixtures.status("0001", "X-277-CNT", "P3:317").replace("GE*1*7", "GE*2*7");

        ImportReport report = importer.importFile("count.277", file.getBytes(StandardCharsets.US_ASCII), "TEST", "b");

        assertThat(report.status()).isEqualTo("IMPORTED");
        assertThat(report.counts().statusesRecorded()).isEqualTo(1);
        assertThat(report.warnings()).anyMatch(w -> w.contains("GE01 says 2"));
        office.awaitTask("X-277-CNT", "GatherDocumentation");
    }

    private HttpResponse<String> post(String user, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/edi-x12")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII)).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
