package org.arflow.design;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Drafts in PostgreSQL (table design_draft). */
@Repository
class DraftStore {

    private static final String COLUMNS = """
            id, process_id, title, based_on_version, xml, revision, created_by, created_at, updated_by, updated_at,
            validated_revision, validation_passed, validation_report::text as validation_report, deployed_version, deployed_at""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    DraftStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(String processId, String title, Integer basedOnVersion, String xml, String user) {
        return jdbc.sql("""
                        insert into design_draft (process_id, title, based_on_version, xml, created_by, updated_by)
                        values (:p, :t, :v, :x, :u, :u) returning id""")
                .param("p", processId).param("t", title).param("v", basedOnVersion).param("x", xml).param("u", user)
                .query(Long.class).single();
    }

    Optional<Draft> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from design_draft where id = :id").param("id", id)
                .query(this::draft).optional();
    }

    List<Draft> all() {
        return jdbc.sql("select " + COLUMNS + " from design_draft order by updated_at desc").query(this::draft).list();
    }

    /** A new revision with this XML; false when the draft does not exist. */
    boolean save(long id, String processId, String xml, String user) {
        return jdbc.sql("""
                        update design_draft set xml = :x, process_id = :p, revision = revision + 1, updated_by = :u,
                               updated_at = now() where id = :id""")
                .param("x", xml).param("p", processId).param("u", user).param("id", id).update() == 1;
    }

    /** Records a validation of the given revision (ignored when the draft changed meanwhile). */
    void recordValidation(long id, int revision, ValidationReport report) {
        jdbc.sql("""
                        update design_draft set validated_revision = :r, validation_passed = :ok,
                               validation_report = cast(:report as jsonb), validated_at = now()
                        where id = :id and revision = :r""")
                .param("r", revision).param("ok", report.passed()).param("report", write(report)).param("id", id)
                .update();
    }

    void recordDeployed(long id, int version) {
        jdbc.sql("update design_draft set deployed_version = :v, deployed_at = now() where id = :id")
                .param("v", version).param("id", id).update();
    }

    boolean delete(long id) {
        return jdbc.sql("delete from design_draft where id = :id").param("id", id).update() == 1;
    }

    private Draft draft(ResultSet rs, int n) throws SQLException {
        return new Draft(rs.getLong("id"), rs.getString("process_id"), rs.getString("title"),
                (Integer) rs.getObject("based_on_version"), rs.getString("xml"), rs.getInt("revision"),
                rs.getString("created_by"), rs.getObject("created_at", java.time.OffsetDateTime.class),
                rs.getString("updated_by"), rs.getObject("updated_at", java.time.OffsetDateTime.class),
                (Integer) rs.getObject("validated_revision"), (Boolean) rs.getObject("validation_passed"),
                read(rs.getString("validation_report")), (Integer) rs.getObject("deployed_version"),
                rs.getObject("deployed_at", java.time.OffsetDateTime.class));
    }

    private String write(ValidationReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Validation report cannot be written", e);
        }
    }

    private ValidationReport read(String text) {
        try {
            return text == null ? null : json.readValue(text, ValidationReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable validation report", e);
        }
    }
}
