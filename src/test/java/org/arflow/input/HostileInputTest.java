package org.arflow.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.arflow.IntegrationTest;
import org.arflow.TestHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an outside tester sent to the JSON API, replayed over HTTP: every case answers a 4xx problem that names the
 * field, creates nothing, and leaves no claim id, failing row or forged line in the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTest {

    private static final String FORGED = "2026-12-04 12:00:00.000  INFO fake";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    /** A case: where it goes, what it sends, the field the answer must name. */
    record Abuse(String path, String body, String field) {
    }

    @Test
    void every_json_abuse_of_the_tester_answers_4xx_naming_the_field_and_creates_nothing(CapturedOutput output)
            throws Exception {
        List<Abuse> cases = List.of(
                new Abuse("/api/claims", claim("HI\\\"QUOTE", "100.00", "1", "Jane"), "claimId"),
                new Abuse("/api/claims", claim("HI-CRLF\\r\\n" + FORGED, "100.00", "1", "Jane"), "claimId"),
                new Abuse("/api/claims", claim("HI/SLASH", "100.00", "1", "Jane"), "claimId"),
                new Abuse("/api/claims", claim("HI-" + "9".repeat(47), "100.00", "1", "Jane"), "claimId"),
                new Abuse("/api/claims", claim("HI-LINE-1E20", "1e20", "1", "Jane"), "serviceLines[0].charge"),
                new Abuse("/api/claims", claim("HI-UNITS-1E20", "100.00", "1e20", "Jane"), "serviceLines[0].units"),
                new Abuse("/api/claims", claim("HI-ROUND", "100.005", "1", "Jane"), "serviceLines[0].charge"),
                new Abuse("/api/claims", claim("HI-NEG-LINE", "-5.00", "1", "Jane"), "serviceLines[0].charge"),
                new Abuse("/api/claims", claim("HI-NUL", "100.00", "1", "Ja\\u0000ne"), "patient.firstName"),
                new Abuse("/api/claims", claim("HI-LONG-NAME", "100.00", "1", "J".repeat(300)), "patient.firstName"),
                new Abuse("/api/claims", claim("HI-2099", "100.00", "1", "Jane").replace(
                        LocalDate.now().minusDays(5).toString(), "2099-01-01"), "serviceFrom"),
                new Abuse("/api/claims", "{\"claimId\":", "request body"),
                new Abuse("/api/claims", claim("HI-TYPE", "\"lots\"", "1", "Jane"), "serviceLines[0].charge"),
                new Abuse("/api/patients/999999001/payments",
                        "{\"amount\":1e15,\"paidOn\":\"2026-01-02\",\"method\":\"CARD\",\"reference\":\"P-1\"}", "amount"),
                new Abuse("/api/whatif/runs", "{\"claims\":1e20}", "claims"));
        List<String> wrong = new ArrayList<>();
        for (Abuse abuse : cases) {
            String user = abuse.path().startsWith("/api/whatif") ? "analyst" : "biller";
            HttpResponse<String> answer = http().postJson(abuse.path(), user, abuse.body());
            if (answer.statusCode() < 400 || answer.statusCode() >= 500 || !answer.body().contains(abuse.field())) {
                wrong.add(abuse.field() + " in " + abuse.body() + " -> " + answer.statusCode() + " " + answer.body());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(jdbc.sql("select count(*) from claim where claim_id like 'HI%'").query(Long.class).single())
                .as("nothing created").isZero();
        assertThat(output.getAll()).doesNotContain("\n" + FORGED).doesNotContain("Failing row").doesNotContain("HI-");
    }

    @Test
    void impossible_remittances_are_refused_and_a_reversal_may_be_negative() throws Exception {
        assertThat(http().postJson("/api/claims", "biller", claim("HR-1", "100.00", "1", "Jane")).statusCode())
                .isEqualTo(201);
        Map<String, String> refused = Map.of(
                remittance("HR-R1", "1", "1e30"), "paid",
                remittance("HR-R2", "1", "-50.00"), "paid",
                remittance("HR-R3", "99", "10.00"), "statusCode",
                remittance("HR R4\\n", "1", "10.00"), "reference");
        for (var abuse : refused.entrySet()) {
            HttpResponse<String> answer = http().postJson("/api/claims/HR-1/remittances", "biller", abuse.getKey());
            assertThat(answer.statusCode()).as(abuse.getKey()).isEqualTo(400);
            assertThat(answer.body()).as(abuse.getKey()).contains(abuse.getValue());
        }
        assertThat(jdbc.sql("select count(*) from claim_remittance r join claim c on c.id = r.claim_id where c.claim_id = 'HR-1'")
                .query(Long.class).single()).isZero();

        assertThat(http().postJson("/api/claims/HR-1/remittances", "biller",
                remittance("HR-R5", "22", "-10.00").replace("\"charge\":100.00", "\"charge\":-100.00")).statusCode())
                .as("a reversal (CLP02 22) carries negated amounts").isIn(200, 201);
    }

    @Test
    void a_claim_id_with_a_space_is_created_with_a_location_that_reads_it_back() throws Exception {
        HttpResponse<String> created = http().postJson("/api/claims", "biller", claim("SP 01 #2", "80.00", "1", "Jane"));

        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/claims/SP%2001%20%232");
        JsonNode detail = json.readTree(http().get(location, "biller").body());
        assertThat(detail.at("/claim/claimId").asText()).isEqualTo("SP 01 #2");
    }

    @Test
    void unknown_api_and_actuator_paths_and_a_bad_file_name_are_4xx_problems() {
        for (String path : List.of("/api/nonexistent", "/api/practices", "/api/claims/x/nothing-here")) {
            HttpResponse<String> answer = http().get(path, "biller");
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(http().get("/actuator/nonexistent", "admin").statusCode()).isEqualTo(404);

        HttpResponse<String> file = http().postJson("/api/x12?fileName=x%00", "biller", "ISA*");
        assertThat(file.statusCode()).isEqualTo(400);
        assertThat(file.body()).contains("fileName");
    }

    @Test
    void a_chunked_body_over_the_api_limit_is_refused_with_413_on_the_bytes_read() throws Exception {
        byte[] eightMegabytes = new byte[8 * 1024 * 1024];
        Arrays.fill(eightMegabytes, (byte) ' ');
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/claims"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("biller:biller".getBytes(
                        StandardCharsets.UTF_8)))
                // a stream of unknown length: sent chunked, with no Content-Length to check
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(eightMegabytes)))
                .build();

        HttpResponse<String> answer;
        try {
            answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closedWhileSending) {
            throw new AssertionError("the server closed the connection without answering", closedWhileSending);
        }

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("arflow.api.max-request-size");
    }

    @Test
    void the_csv_export_defuses_a_payer_name_that_a_spreadsheet_would_run() {
        String payer = "-2+3+cmd|' /C calc'!A0";
        assertThat(http().postJson("/api/claims", "biller", claim("CSV-1", "60.00", "1", "Jane")
                .replace("\"Medicare\"", "\"" + payer + "\"")).statusCode()).isEqualTo(201);

        String csv = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> http().get("/api/insights/ar.csv", "supervisor").body(), b -> b.contains("cmd|"));

        assertThat(csv).contains("\r\n'" + payer + ",").doesNotContain("\r\n" + payer);
    }

    private static String claim(String claimId, String charge, String units, String firstName) {
        return """
                {"claimId":"%s","patient":{"firstName":"%s","lastName":"Roe","birthDate":"1980-02-03"},
                 "payerName":"Medicare","serviceFrom":"%s","billedAmount":%s,
                 "serviceLines":[{"procedureCode":"99213","charge":%s,"units":%s}]}"""
                .formatted(claimId, firstName, LocalDate.now().minusDays(5),
                        charge.matches("\\d+\\.\\d\\d") ? charge : "100.00", charge, units);
    }

    private static String remittance(String reference, String status, String paid) {
        return """
                {"reference":"%s","statusCode":"%s","charge":100.00,"paid":%s,"patientResponsibility":0,
                 "receivedOn":"%s"}""".formatted(reference, status, paid, LocalDate.now());
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
