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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** POST /api/x12 as a clearinghouse script would call it. */
@IntegrationTest
class X12ApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    @Test
    void an_837_posted_as_the_request_body_answers_with_its_import_report() throws Exception {
        HttpResponse<String> response = post("biller", "api.837", X12Fixtures.claims("0009", "API-X12-1", "API-X12-2"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(response.body());
        assertThat(report.at("/transactionType").asText()).isEqualTo("837");
        assertThat(report.at("/counts/claimsCreated").asInt()).isEqualTo(2);
        assertThat(report.at("/fileId").asLong()).isPositive();
    }

    @Test
    void a_broken_file_is_refused_with_422_and_the_place_of_the_error() throws Exception {
        HttpResponse<String> response = post("biller", "broken.835",
                X12Fixtures.remittance("0001", "EFT-API-BAD", "10.00", "CLP*B1*1*10*ten**MB*I"));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode report = json.readTree(response.body());
        assertThat(report.at("/status").asText()).isEqualTo("FAILED");
        assertThat(report.at("/error/segmentTag").asText()).isEqualTo("CLP");
        assertThat(report.at("/error/elementPosition").asInt()).isEqualTo(4);
        assertThat(report.at("/error/message").asText()).contains("broken.835");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_with_413_before_it_is_read() throws Exception {
        String big = "ISA" + "*".repeat(3 * 1024 * 1024);

        HttpResponse<String> response = post("biller", "huge.835", big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("huge.835").contains("2 MB");
    }

    @Test
    void only_billing_roles_may_send_files() throws Exception {
        assertThat(post(null, "x.837", "ISA").statusCode()).isEqualTo(401);
        assertThat(post("analyst", "x.837", "ISA").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> post(String user, String fileName, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/x12?fileName=" + fileName))
                .header("Content-Type", "application/edi-x12")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
