package org.arflow.edi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The raw-file archive: every file as received, with its SHA-256, status and import report. */
@Repository
class X12Files {

    private static final String COLUMNS = """
            id, sha256, file_name, source, received_by, received_at, size_bytes, transaction_type, status,
            report::text as report, error""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    X12Files(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores the file unless a file with the same content is stored; returns the stored one either way. */
    ReceivedFile store(String sha256, String fileName, String source, String user, byte[] content) {
        jdbc.sql("""
                        insert into x12_file (sha256, file_name, source, received_by, size_bytes, content, status)
                        values (:sha, :name, :source, :user, :size, :content, 'RECEIVED') on conflict (sha256) do nothing""")
                .param("sha", sha256).param("name", fileName).param("source", source).param("user", user)
                .param("size", content.length).param("content", content).update();
        return findBySha(sha256).orElseThrow();
    }

    Optional<ReceivedFile> findBySha(String sha256) {
        return jdbc.sql("select " + COLUMNS + " from x12_file where sha256 = :sha").param("sha", sha256)
                .query(ReceivedFile.class).optional();
    }

    Optional<ReceivedFile> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from x12_file where id = :id").param("id", id)
                .query(ReceivedFile.class).optional();
    }

    List<ReceivedFile> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from x12_file order by received_at desc, id desc limit :limit")
                .param("limit", limit).query(ReceivedFile.class).list();
    }

    Optional<byte[]> content(long id) {
        return jdbc.sql("select content from x12_file where id = :id").param("id", id).query(byte[].class).optional();
    }

    void finish(long id, String type, ImportReport report) {
        jdbc.sql("""
                        update x12_file set transaction_type = :type, status = :status, report = cast(:report as jsonb),
                               error = :error, processed_at = now() where id = :id""")
                .param("type", type).param("status", report.status()).param("report", write(report))
                .param("error", report.error() == null ? null : report.error().message()).param("id", id).update();
    }

    /** Takes a held file for import (RECEIVED again); false when it is not held (any more). */
    boolean takeHeld(long id) {
        return jdbc.sql("update x12_file set status = 'RECEIVED' where id = :id and status = 'HELD'").param("id", id)
                .update() == 1;
    }

    /** Who imported a held file anyway, and when (the audit log has it too). */
    void markImportedAnyway(long id, String user) {
        jdbc.sql("update x12_file set imported_anyway_by = :user, imported_anyway_at = now() where id = :id")
                .param("user", user).param("id", id).update();
    }

    ImportReport readReport(String text) {
        try {
            return json.readValue(text, ImportReport.class);
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable stored import report", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
