package org.arflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void data_written_before_a_restart_is_there_after_it() throws SQLException {
        try (EmbeddedDatabase db = EmbeddedDatabase.persistentIn(dataDir)) {
            execute(db, "create table remembered (note text)", "insert into remembered values ('still here')");
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.persistentIn(dataDir);
             var connection = DriverManager.getConnection(db.jdbcUrl(), "postgres", "postgres");
             var rs = connection.createStatement().executeQuery("select note from remembered")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
        assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).exists();
    }

    private static void execute(EmbeddedDatabase db, String... statements) throws SQLException {
        try (var connection = DriverManager.getConnection(db.jdbcUrl(), "postgres", "postgres");
             var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
