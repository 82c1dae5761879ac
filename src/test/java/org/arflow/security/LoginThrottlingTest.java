package org.arflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.arflow.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class LoginThrottlingTest {

    @LocalServerPort
    int port;
    @Autowired
    UserDirectory users;
    @Autowired
    AuditLog audit;

    @Test
    void five_wrong_passwords_lock_the_user_out_even_with_the_right_one_and_nobody_else() throws Exception {
        users.createIfAbsent("throttled", "Throttled User", "right-password", List.of("Commercial payers"), Role.BILLER);
        assertThat(status("throttled", "right-password")).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(status("throttled", "wrong-" + i)).isEqualTo(401);
        }

        assertThat(status("throttled", "right-password")).as("locked").isEqualTo(401);
        assertThat(status("biller", "biller")).as("another user").isEqualTo(200);
        assertThat(audit.entries("throttled", null, 0, 50)).extracting(AuditEntry::action)
                .as("each wrong password is audited; API calls that authenticate are not logins")
                .containsOnly("LOGIN_FAILED").hasSize(5);
    }

    private int status(String user, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tasks"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
