package org.arflow.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries zonky ships in a Maven artifact. Its data directory
 * lives under the app's data folder, so data survives a restart; an ephemeral one (tests) is wiped.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on the data kept in {@code dataDir/postgres}, creating it on first use. */
    public static EmbeddedDatabase persistentIn(Path dataDir) {
        Path pgData = dataDir.resolve("postgres").toAbsolutePath();
        Path work = dataDir.resolve("postgres-runtime").toAbsolutePath();
        try {
            Files.createDirectories(pgData);
            Files.createDirectories(work);
            stopServerLeftFromACrash(pgData);
            EmbeddedDatabase db = new EmbeddedDatabase(builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(work.toFile())
                    // zonky runs without fsync for tests; the record of a billing office must survive a power cut
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start());
            log.info("Embedded PostgreSQL started, data in {}", pgData);
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start with data in " + pgData, e);
        }
    }

    /**
     * When the app was killed (SIGKILL, power-off of the JVM), its PostgreSQL child lives on and holds the
     * data folder, and a new server would refuse to start on it. That server is stopped first (SIGTERM: a
     * clean shutdown; its clients are gone). A pid file of a process that no longer runs is left for
     * PostgreSQL itself, which ignores it.
     */
    private static void stopServerLeftFromACrash(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        var leftover = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (leftover.isEmpty()) {
            return;
        }
        log.warn("A PostgreSQL server of an earlier run (pid {}) still holds {}; stopping it", pid, pgData);
        ProcessHandle server = leftover.get();
        server.destroy();
        try {
            server.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            server.destroyForcibly(); // PostgreSQL recovers from its write-ahead log on the next start
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts PostgreSQL on a fresh data directory that is deleted when it stops. */
    public static EmbeddedDatabase ephemeral() {
        try {
            return new EmbeddedDatabase(builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    private static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60));
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
