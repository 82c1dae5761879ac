package org.arflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arflow.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The browser side of the doors: the form login, its session and CSRF token, and the response headers. */
@IntegrationTest
class SessionAndHeadersTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Value("${server.servlet.session.timeout}")
    java.time.Duration sessionTimeout;

    @Test
    void signing_in_gives_a_new_session_id_so_a_planted_session_is_worthless() throws Exception {
        HttpResponse<String> loginPage = get("/login", null);
        String before = sessionId(loginPage).orElseThrow();

        HttpResponse<String> signedIn = postLogin(before, csrfToken(loginPage.body()), "biller", "biller");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String after = sessionId(signedIn).orElseThrow(() -> new AssertionError("no new session cookie on sign-in"));
        assertThat(after).isNotEqualTo(before);
        assertThat(get("/my-work", before).statusCode()).as("the old session id opens nothing").isEqualTo(302);
        assertThat(get("/my-work", after).statusCode()).isEqualTo(200);
    }

    @Test
    void a_ui_request_forged_without_the_session_s_csrf_token_changes_nothing() throws Exception {
        HttpResponse<String> loginPage = get("/login", null);
        String session = sessionId(postLogin(sessionId(loginPage).orElseThrow(), csrfToken(loginPage.body()),
                "supervisor", "supervisor")).orElseThrow();
        HttpResponse<String> init = get("/?v-r=init&location=my-work", session);
        assertThat(init.body()).contains("\"v-uiId\":0");

        Matcher key = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(init.body());
        assertThat(key.find()).as("the page's own token").isTrue();

        // what a hostile page could make a signed-in browser send: a Vaadin call without the page's token
        HttpResponse<String> forged = uidl(session, "forged");
        HttpResponse<String> genuine = uidl(session, key.group(1));

        assertThat(forged.body()).contains("\"appError\"").contains("\"syncId\":-1");
        assertThat(genuine.body()).doesNotContain("appError").contains("\"syncId\":1");
    }

    private HttpResponse<String> uidl(String session, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
                .header("Cookie", "JSESSIONID=" + session).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"csrfToken\":\"" + token + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pages_and_api_answers_carry_the_security_headers() throws Exception {
        for (HttpResponse<String> response : new HttpResponse[] {get("/login", null), get("/api/claims", null)}) {
            var headers = response.headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
            assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'")
                    .contains("object-src 'none'");
            assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
            assertThat(headers.firstValue("Cache-Control").orElseThrow()).contains("no-store");
        }
    }

    @Test
    void the_session_cookie_is_http_only_and_an_idle_session_ends_after_thirty_minutes() throws Exception {
        String cookie = get("/login", null).headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(sessionTimeout).isEqualTo(java.time.Duration.ofMinutes(30));
    }

    @Test
    void behind_a_proxy_that_says_https_the_cookie_is_secure_and_hsts_is_sent() throws Exception {
        HttpResponse<String> proxied = HTTP.send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> plain = get("/login", null);

        assertThat(proxied.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=");
        assertThat(cookie(proxied)).containsIgnoringCase("Secure");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
        assertThat(cookie(plain)).doesNotContainIgnoringCase("Secure");
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
    }

    @Test
    void an_api_request_over_the_size_limit_is_refused_with_413_before_it_is_read() throws Exception {
        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/api/claims"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("biller:biller".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("arflow.api.max-request-size").contains("1024 KB");
    }

    private HttpResponse<String> postLogin(String session, String csrf, String user, String password) throws Exception {
        String form = "username=" + enc(user) + "&password=" + enc(password) + (csrf != null ? "&_csrf=" + enc(csrf) : "");
        return HTTP.send(HttpRequest.newBuilder(uri("/login")).header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionId(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst();
    }

    /** The token Vaadin's bootstrap page hands the login form (Spring Security's, in a meta tag). */
    private static String csrfToken(String page) {
        Matcher meta = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        if (!meta.find()) {
            throw new AssertionError("no CSRF token on the login page");
        }
        return meta.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
