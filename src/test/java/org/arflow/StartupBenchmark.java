package org.arflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.arflow.benchmark.BenchmarkResults;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Start-up of the embedded default (engine, PostgreSQL, demo office), JVM start included: to the first
 * login page (HTTP 200 on /login) and to ready (readiness probe up), on an empty data folder (the demo office is
 * seeded) and again on the same folder; then the resident memory. Started with the start-up report on: the
 * slowest Spring start-up steps are in the app's log (see {@code StartupReport}).
 */
@Tag("benchmark")
class StartupBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void embedded_default_starts_twice_and_its_memory_is_measured() throws Exception {
        Path dataDir = Files.createTempDirectory("arflow-start");
        try (Started first = start(dataDir, "first")) {
            first.record("first start (empty data folder)");
        }
        try (Started second = start(dataDir, "second")) {
            second.record("second start (demo office already there)");
            Thread.sleep(5000); // let the demo office settle before reading memory
            long appKb = rssKb(second.process.pid());
            // embedded PostgreSQL runs as its own processes, found by the data folder on their command line
            long postgresKb = ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine()
                            .map(c -> c.contains("postgres") && c.contains(dataDir.toString())).orElse(false))
                    .mapToLong(p -> rssKb(p.pid()) + children(p)).sum();
            BenchmarkResults.record("embedded default: resident memory of the app JVM", appKb / 1024.0, "MB");
            BenchmarkResults.record("embedded default: resident memory of embedded PostgreSQL", postgresKb / 1024.0,
                    "MB");
        }
    }

    private static Started start(Path dataDir, String name) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        long start = System.nanoTime();
        Path log = dataDir.resolve(name + "-start.log");
        Process app = new ProcessBuilder(List.of(java, "-Darflow.startup-report=true", "-cp",
                System.getProperty("java.class.path"), ArflowApplication.class.getName(), "--server.port=" + port,
                "--arflow.engine.embedded-port=0", "--arflow.data-dir=" + dataDir))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Started started = new Started(app, log);
        double login = -1;
        double ready = -1;
        while ((System.nanoTime() - start) / 1e9 < 180 && (login < 0 || ready < 0)) {
            if (login < 0 && answers200("http://localhost:" + port + "/login")) {
                login = (System.nanoTime() - start) / 1e9;
            }
            if (ready < 0 && answers200("http://localhost:" + port + "/actuator/health/readiness")) {
                ready = (System.nanoTime() - start) / 1e9;
            }
            Thread.sleep(100);
        }
        started.login = login;
        started.ready = ready;
        return started;
    }

    private static boolean answers200(String url) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static final class Started implements AutoCloseable {
        final Process process;
        final Path log;
        double login;
        double ready;

        Started(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        void record(String which) {
            assertThat(login).as("login page within 180 s; see %s", log).isPositive();
            assertThat(ready).as("ready within 180 s; see %s", log).isPositive();
            BenchmarkResults.record("embedded default, " + which + ": to the login page", login, "s");
            BenchmarkResults.record("embedded default, " + which + ": to ready", ready, "s");
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy(); // SIGTERM: a clean stop, PostgreSQL stopped with it
            process.waitFor();
        }
    }

    /** postgres forks its workers from the postmaster: their memory counts too. */
    private static long children(ProcessHandle postmaster) {
        return postmaster.descendants().mapToLong(p -> rssKb(p.pid())).sum();
    }

    private static long rssKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }
}
