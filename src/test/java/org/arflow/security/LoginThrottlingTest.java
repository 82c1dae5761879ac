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

    @Test
    void a_case_variant_of_the_user_name_counts_toward_the_same_lock() throws Exception {
        users.createIfAbsent("variant", "Variant User", "right-password", List.of("Commercial payers"), Role.BILLER);
        for (int i = 0; i < 5; i++) {
            assertThat(status(i % 2 == 0 ? "VARIANT" : " Variant", "wrong-" + i)).isEqualTo(401);
        }
        assertThat(status("variant", "right-password")).as("locked by its variants").isEqualTo(401);
    }

    @Test
    void a_locked_account_answers_in_the_time_a_wrong_password_takes() throws Exception {
        users.createIfAbsent("locked-one", "Locked One", "right-password", List.of("Commercial payers"), Role.BILLER);
        users.createIfAbsent("open-one", "Open One", "right-password", List.of("Commercial payers"), Role.BILLER);
        for (int i = 0; i < 5; i++) {
            status("locked-one", "wrong-" + i);
        }
        List<Long> locked = new java.util.ArrayList<>();
        List<Long> wrong = new java.util.ArrayList<>();
        for (int round = 0; round < 12; round++) {
            locked.add(nanos("locked-one", "right-password"));
            wrong.add(nanos("open-one", "wrong-password"));
            if (round % 3 == 2) {
                assertThat(status("open-one", "right-password")).isEqualTo(200); // never locks itself
            }
        }
        double lockedMedian = median(locked);
        double wrongMedian = median(wrong);
        System.out.printf("login timing: locked account %.1f ms, wrong password %.1f ms (medians of 12)%n",
                lockedMedian / 1e6, wrongMedian / 1e6);
        assertThat(lockedMedian / wrongMedian).isBetween(0.8, 1.2);
    }

    private long nanos(String user, String password) throws Exception {
        long start = System.nanoTime();
        assertThat(status(user, password)).isEqualTo(401);
        return System.nanoTime() - start;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return (sorted.get(sorted.size() / 2) + sorted.get((sorted.size() - 1) / 2)) / 2.0;
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
