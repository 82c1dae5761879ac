package org.arflow.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.arflow.AppProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app is killed with SIGKILL while it imports a 2,000-claim 835, started again on the same data, and
 * the file is sent again: every claim is paid exactly once and the totals equal the file's.
 */
class CrashDuringImportTest {

    private static final int CLAIMS = 2_000;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dataDir;

    @Test
    void a_remittance_import_killed_midway_and_sent_again_posts_each_payment_exactly_once() throws Exception {
        byte[] claims = X12Generator.claims("CRASH", CLAIMS).getBytes(StandardCharsets.US_ASCII);
        byte[] remittance = X12Generator.remittance("CRASH", CLAIMS, "CRASHTRACE1").getBytes(StandardCharsets.US_ASCII);
        BigDecimal fileTotal = new BigDecimal(80).multiply(BigDecimal.valueOf(CLAIMS));
        String stateAtKill;

        long t0 = System.nanoTime();
        AppProcess first = new AppProcess(dataDir).start();
        try {
            System.out.printf("crash test: first start %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            assertThat(post(first, "crash.837", claims).statusCode()).isEqualTo(200);
            System.out.printf("crash test: 837 imported at %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            CompletableFuture<HttpResponse<String>> importing = HTTP.sendAsync(request(first, "crash.835", remittance),
                    HttpResponse.BodyHandlers.ofString());
            try (Connection db = first.database()) {
                stateAtKill = waitUntilReceived(db, importing);
                first.kill();
            }
            assertThatThrownBy(() -> importing.get(60, java.util.concurrent.TimeUnit.SECONDS))
                    .as("the request dies with the app").isInstanceOf(java.util.concurrent.ExecutionException.class);
        } finally {
            first.close();
        }

        try (AppProcess again = new AppProcess(dataDir).start()) {
            System.out.printf("crash test: killed (%s), started again at %d ms%n", stateAtKill,
                    (System.nanoTime() - t0) / 1_000_000);
            try (Connection db = again.database()) {
                assertThat(paymentsPosted(db)).as("posted when killed (%s)", stateAtKill).isBetween(0L, (long) CLAIMS);
                HttpResponse<String> resent = post(again, "crash.835", remittance);
                assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);

                assertThat(paymentsPosted(db)).isEqualTo(CLAIMS);
                assertThat(single(db, "select count(distinct (r.claim_id, r.reference)) from claim_remittance r "
                        + "join claim c on c.id = r.claim_id where c.claim_id like 'CRASH%'")).isEqualTo(CLAIMS);
                assertThat(decimal(db, "select sum(r.paid) from claim_remittance r join claim c on c.id = r.claim_id "
                        + "where c.claim_id like 'CRASH%'")).isEqualByComparingTo(fileTotal);
                assertThat(decimal(db, "select sum(paid_amount) from claim where claim_id like 'CRASH%'"))
                        .as("each claim's paid amount applied once").isEqualByComparingTo(fileTotal);
                assertThat(single(db, "select count(*) from remittance_payment where trace_number = 'CRASHTRACE1'"))
                        .isEqualTo(1);
                assertThat(single(db, "select count(*) from x12_file where file_name = 'crash.835' and status = 'RECEIVED'"))
                        .as("the interrupted file is complete now").isZero();
            }
        }
    }

    /** Waits until the 835 is stored (raw file kept, posting under way) and says how far posting got. */
    private static String waitUntilReceived(Connection db, CompletableFuture<?> importing) throws Exception {
        for (int i = 0; i < 6_000; i++) {
            long received = single(db, "select count(*) from x12_file where file_name = 'crash.835'");
            if (received > 0 || importing.isDone()) {
                return "file stored, " + paymentsPosted(db) + " of " + CLAIMS + " posted, request "
                        + (importing.isDone() ? "already answered" : "still running");
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the 835 was never stored");
    }

    private static long paymentsPosted(Connection db) throws SQLException {
        return single(db, "select count(*) from claim_remittance r join claim c on c.id = r.claim_id "
                + "where c.claim_id like 'CRASH%'");
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static BigDecimal decimal(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }

    private static HttpResponse<String> post(AppProcess app, String fileName, byte[] content) throws Exception {
        return HTTP.send(request(app, fileName, content), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(AppProcess app, String fileName, byte[] content) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/api/x12?fileName=" + fileName))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("biller:biller".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
    }
}
