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
            EmbeddedDatabase db = new EmbeddedDatabase(builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(work.toFile())
                    .start());
            log.info("Embedded PostgreSQL started, data in {}", pgData);
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start with data in " + pgData, e);
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
