package org.arflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arflow.benchmark.BenchmarkResults;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Start-up time to ready and resident memory of the embedded default (engine, PostgreSQL, demo office). */
@Tag("benchmark")
class StartupBenchmark {

    @Test
    void embedded_default_starts_and_its_memory_is_measured() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path dataDir = Files.createTempDirectory("arflow-start");
        String java = ProcessHandle.current().info().command().orElse("java");
        long start = System.nanoTime();
        Process app = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                ArflowApplication.class.getName(), "--server.port=" + port, "--arflow.engine.embedded-port=0",
                "--arflow.data-dir=" + dataDir))
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("app.log").toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build();
            double seconds = -1;
            while ((System.nanoTime() - start) / 1e9 < 180) {
                try {
                    if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        seconds = (System.nanoTime() - start) / 1e9;
                        break;
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            assertThat(seconds).as("ready within 180 s; see %s", dataDir.resolve("app.log")).isPositive();
            Thread.sleep(5000); // let the demo office settle before reading memory
            long appKb = rssKb(app.pid());
            // embedded PostgreSQL runs as its own processes, found by the data folder on their command line
            long postgresKb = ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains(dataDir.toString()))
                            .orElse(false))
                    .mapToLong(p -> rssKb(p.pid()) + children(p)).sum();
            BenchmarkResults.record("embedded default: start-up to ready (JVM start included)", seconds, "s");
            BenchmarkResults.record("embedded default: resident memory of the app JVM", appKb / 1024.0, "MB");
            BenchmarkResults.record("embedded default: resident memory of embedded PostgreSQL", postgresKb / 1024.0, "MB");
        } finally {
            app.destroy();
            app.waitFor();
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
        } catch (Exception e) {
            return 0;
        }
    }
}
