package org.arflow.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The what-if runs in PostgreSQL (table whatif_run); parameters and results as JSON. */
@Repository
class WhatIfRuns {

    private static final String COLUMNS = """
            id, started_by, started_at, finished_at, status, progress, parameters, side_a, side_b, side_a_files,
            side_b_files, result_a, result_b, error""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    WhatIfRuns(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long create(String startedBy, WhatIfParameters p, ProcessVersion a, ProcessVersion b) {
        return jdbc.sql("""
                        insert into whatif_run (started_by, status, parameters, side_a, side_b, side_a_files, side_b_files)
                        values (:by, 'QUEUED', cast(:p as jsonb), :a, :b, :af, :bf) returning id""")
                .param("by", startedBy).param("p", write(p)).param("a", a.label()).param("b", b.label())
                .param("af", String.join(", ", new java.util.TreeSet<>(a.resources().keySet())))
                .param("bf", String.join(", ", new java.util.TreeSet<>(b.resources().keySet())))
                .query(Long.class).single();
    }

    void running(long id) {
        jdbc.sql("update whatif_run set status = 'RUNNING' where id = :id").param("id", id).update();
    }

    void progress(long id, double share) {
        jdbc.sql("update whatif_run set progress = :p where id = :id and status = 'RUNNING'")
                .param("p", share).param("id", id).update();
    }

    void done(long id, SideResult a, SideResult b) {
        jdbc.sql("""
                        update whatif_run set status = 'DONE', progress = 1, finished_at = now(),
                               result_a = cast(:a as jsonb), result_b = cast(:b as jsonb) where id = :id""")
                .param("a", write(a)).param("b", write(b)).param("id", id).update();
    }

    void failed(long id, String error) {
        jdbc.sql("update whatif_run set status = 'FAILED', finished_at = now(), error = :e where id = :id")
                .param("e", error).param("id", id).update();
    }

    /** Runs a previous app start left unfinished: their executor is gone. */
    int abandonUnfinished() {
        return jdbc.sql("""
                update whatif_run set status = 'FAILED', finished_at = now(), error = 'arflow stopped during the run'
                where status in ('QUEUED', 'RUNNING')""").update();
    }

    Optional<WhatIfRun> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from whatif_run where id = :id").param("id", id).query(this::row).optional();
    }

    List<WhatIfRun> latest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from whatif_run order by started_at desc, id desc limit :n")
                .param("n", limit).query(this::row).list();
    }

    private WhatIfRun row(ResultSet rs, int n) throws SQLException {
        return new WhatIfRun(rs.getLong("id"), rs.getString("started_by"),
                rs.getObject("started_at", java.time.OffsetDateTime.class),
                rs.getObject("finished_at", java.time.OffsetDateTime.class),
                WhatIfRun.Status.valueOf(rs.getString("status")), rs.getDouble("progress"),
                read(rs.getString("parameters"), WhatIfParameters.class), rs.getString("side_a"), rs.getString("side_b"),
                rs.getString("side_a_files"), rs.getString("side_b_files"),
                read(rs.getString("result_a"), SideResult.class), read(rs.getString("result_b"), SideResult.class),
                rs.getString("error"));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return text == null ? null : json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
