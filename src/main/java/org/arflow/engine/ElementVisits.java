package org.arflow.engine;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The element projection read back: which process versions the engine runs, and per BPMN element how
 * many instances are there now and how long instances stayed (engine clock). Covers this engine run.
 */
@Component
public class ElementVisits {

    /** A deployed version of a process. */
    public record ProcessVersion(String processId, int version, long definitionKey) {
    }

    /**
     * One element's figures: instances there now; instances that left (completed or interrupted) and their
     * mean and 90th percentile (nearest rank) time there, in seconds (null when none left yet).
     */
    public record ElementFigures(String elementId, String elementType, long waiting, long left, Double meanSeconds,
                                 Double p90Seconds) {
    }

    /** An instance at an element now, the claim it follows up (null if none) and since when. */
    public record WaitingInstance(long processInstanceKey, String claimId, Instant since) {
    }

    /**
     * Which visits count: entered from / before these instants (null: open-ended) and, when claimIds is
     * not null, only instances following up one of these claims.
     */
    public record VisitFilter(Instant enteredFrom, Instant enteredBefore, List<String> claimIds) {
        public VisitFilter {
            claimIds = claimIds == null ? null : List.copyOf(claimIds);
        }

        public static VisitFilter all() {
            return new VisitFilter(null, null, null);
        }
    }

    private static final String WHERE = """
             from element_visit v
             left join engine_instance_claim c
                    on c.engine_run = v.engine_run and c.process_instance_key = v.process_instance_key
            where v.engine_run = :run and v.process_definition_key = :definition
              and (cast(:from as timestamptz) is null or v.entered_at >= cast(:from as timestamptz))
              and (cast(:before as timestamptz) is null or v.entered_at < cast(:before as timestamptz))
              and (cast(:claims as text[]) is null or c.claim_id = any(cast(:claims as text[])))
            """;

    private final JdbcClient jdbc;
    private final ElementProjection projection;
    private final String run;

    ElementVisits(JdbcClient jdbc, ElementProjection projection, EngineInfo engine) {
        this.jdbc = jdbc;
        this.projection = projection;
        this.run = engine.runId();
    }

    /** Reads what the engine did up to now into the projection (it also does so every couple of seconds). */
    public void catchUp() {
        projection.catchUp();
    }

    public List<ProcessVersion> versions() {
        return jdbc.sql("""
                        select bpmn_process_id as process_id, version, process_definition_key as definition_key
                        from engine_process_definition
                        where engine_run = :run order by bpmn_process_id, version desc""")
                .param("run", run).query(ProcessVersion.class).list();
    }

    public Optional<String> bpmnXml(long definitionKey) {
        return jdbc.sql("""
                        select bpmn_xml from engine_process_definition
                        where engine_run = :run and process_definition_key = :key""")
                .param("run", run).param("key", definitionKey).query(String.class).optional();
    }

    public List<ElementFigures> figures(long definitionKey, VisitFilter filter) {
        return params(jdbc.sql("""
                select v.element_id, min(v.element_type) as element_type,
                       count(*) filter (where v.left_at is null) as waiting,
                       count(*) filter (where v.left_at is not null) as left,
                       cast(avg(extract(epoch from v.left_at - v.entered_at)) filter (where v.left_at is not null)
                           as float8) as mean_seconds,
                       cast(percentile_disc(0.9) within group (order by extract(epoch from v.left_at - v.entered_at))
                           filter (where v.left_at is not null) as float8) as p90_seconds
                """ + WHERE + " group by v.element_id order by v.element_id"), definitionKey, filter)
                .query((rs, i) -> new ElementFigures(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        (Double) rs.getObject(5, Double.class), (Double) rs.getObject(6, Double.class)))
                .list();
    }

    /** The instances at this element now, longest waiting first. */
    public List<WaitingInstance> waiting(long definitionKey, String elementId, VisitFilter filter) {
        return params(jdbc.sql("select v.process_instance_key, c.claim_id, v.entered_at" + WHERE
                        + " and v.element_id = :element and v.left_at is null order by v.entered_at, v.element_instance_key"),
                definitionKey, filter).param("element", elementId)
                .query((rs, i) -> new WaitingInstance(rs.getLong(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    private JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, long definitionKey, VisitFilter f) {
        return sql.param("run", run).param("definition", definitionKey)
                .param("from", f.enteredFrom() == null ? null : Timestamp.from(f.enteredFrom()))
                .param("before", f.enteredBefore() == null ? null : Timestamp.from(f.enteredBefore()))
                .param("claims", f.claimIds() == null ? null : f.claimIds().toArray(String[]::new));
    }
}
