package org.arflow.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.arflow.IntegrationTest;
import org.arflow.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The design API over HTTP: analysts do everything, supervisors read the catalog, billers nothing. */
@IntegrationTest
class DesignAccessTest {

    @LocalServerPort
    int port;

    @Test
    void supervisors_read_the_catalog_and_files_but_not_drafts() {
        assertThat(http().get("/api/design/processes", "supervisor").body()).contains("\"id\":\"claim-follow-up\"",
                "\"kind\":\"DECISION\"", "\"openClaims\"");
        assertThat(http().get("/api/design/processes/PROCESS/claim-follow-up/1/file", "supervisor").body())
                .contains("<process id=\"claim-follow-up\"");
        HttpResponse<String> missing = http().get("/api/design/processes/PROCESS/claim-follow-up/999/file", "supervisor");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("arflow does not have the file of claim-follow-up version 999");
        assertThat(http().get("/api/design/drafts", "supervisor").statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/design/drafts/upload?fileName=x.bpmn", "supervisor", DraftFiles.followUp(), "application/xml")
                .statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/design/drafts/1/deployment", "supervisor", "{\"reason\":\"x\"}", "application/json")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void billers_and_anonymous_callers_get_nothing() {
        for (String path : List.of("/api/design/processes", "/api/design/export", "/api/design/drafts")) {
            assertThat(http().get(path, "biller").statusCode()).as(path).isEqualTo(403);
            assertThat(http().get(path, null).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(send("POST", "/api/design/drafts/upload?fileName=x.bpmn", "biller", DraftFiles.followUp(), "application/xml")
                .statusCode()).isEqualTo(403);
        assertThat(send("PUT", "/api/design/drafts/1", "biller", DraftFiles.followUp(), "application/xml").statusCode())
                .isEqualTo(403);
    }

    @Test
    void an_analyst_uploads_saves_and_is_refused_a_deploy_before_validation() {
        HttpResponse<String> created = send("POST", "/api/design/drafts/upload?fileName=claim-follow-up.bpmn", "analyst",
                DraftFiles.followUp(), "application/xml");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1");
        assertThat(send("PUT", "/api/design/drafts/" + id, "analyst", DraftFiles.followUp(), "application/xml").body())
                .contains("\"revision\":2");
        HttpResponse<String> refused = send("POST", "/api/design/drafts/" + id + "/deployment", "analyst",
                "{\"reason\":\"because\"}", "application/json");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("not validated since the last save");
        assertThat(http().get("/api/design/drafts/" + id, "analyst").body()).contains("\"processId\":\"claim-follow-up\"");
    }

    @Test
    void the_export_holds_the_live_version_of_every_file_named_as_in_bpmn() throws Exception {
        HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(request("/api/design/export", "analyst").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("claim-follow-up.bpmn", "appeal.bpmn", "remittance-routing.dmn", "patient-balance.bpmn");
    }

    private TestHttp http() {
        return new TestHttp(port);
    }

    private HttpResponse<String> send(String method, String path, String user, String body, String type) {
        try {
            return HttpClient.newHttpClient().send(request(path, user).header("Content-Type", type)
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String user) {
        String token = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + token);
    }
}
