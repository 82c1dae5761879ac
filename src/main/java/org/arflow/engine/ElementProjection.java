package org.arflow.engine;

import java.sql.Timestamp;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what the engine did into element_visit (entered / left per element instance), the deployed
 * versions' XML and which claim each instance follows up. Runs every couple of seconds and on demand;
 * one reader at a time, each batch in one transaction. Written idempotently, so a cluster's overlapping
 * search pages do no harm.
 */
@Component
class ElementProjection {

    private static final Logger log = LoggerFactory.getLogger(ElementProjection.class);
    private static final int BATCH = 2000;

    private final EngineActivitySource source;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final String run;
    private boolean failing;

    ElementProjection(EngineActivitySource source, JdbcClient jdbc, TransactionTemplate tx, EngineInfo engine) {
        this.source = source;
        this.jdbc = jdbc;
        this.tx = tx;
        this.run = engine.runId();
    }

    @Scheduled(initialDelayString = "${arflow.engine.projection-every:PT2S}",
            fixedDelayString = "${arflow.engine.projection-every:PT2S}")
    void poll() {
        try {
            catchUp();
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) { // once per outage, not every two seconds
                log.warn("Element projection cannot read the engine yet: {}", e.getMessage());
            }
            failing = true;
        }
    }

    /** Reads and stores everything the engine did since the last read; returns how many activities. */
    synchronized int catchUp() {
        int total = 0;
        List<EngineActivity> batch;
        while (!(batch = source.readNext(BATCH)).isEmpty()) {
            List<EngineActivity> activities = batch;
            tx.executeWithoutResult(status -> activities.forEach(this::store));
            total += batch.size();
        }
        return total;
    }

    private void store(EngineActivity activity) {
        switch (activity) {
            case EngineActivity.ElementEntered e -> jdbc.sql("""
                            insert into element_visit (engine_run, element_instance_key, process_instance_key,
                                process_definition_key, bpmn_process_id, version, element_id, element_type, entered_at)
                            values (:run, :key, :instance, :definition, :process, :version, :element, :type, :at)
                            on conflict do nothing""")
                    .param("run", run).param("key", e.elementInstanceKey()).param("instance", e.processInstanceKey())
                    .param("definition", e.definitionKey()).param("process", e.processId())
                    .param("version", e.version()).param("element", e.elementId()).param("type", e.elementType())
                    .param("at", Timestamp.from(e.at())).update();
            case EngineActivity.ElementLeft l -> jdbc.sql("""
                            update element_visit set left_at = :at, outcome = :outcome
                            where engine_run = :run and element_instance_key = :key and left_at is null""")
                    .param("at", Timestamp.from(l.at())).param("outcome", l.outcome()).param("run", run)
                    .param("key", l.elementInstanceKey()).update();
            case EngineActivity.ProcessDeployed d -> jdbc.sql("""
                            insert into engine_process_definition (engine_run, process_definition_key, bpmn_process_id,
                                version, bpmn_xml)
                            values (:run, :key, :process, :version, :xml) on conflict do nothing""")
                    .param("run", run).param("key", d.definitionKey()).param("process", d.processId())
                    .param("version", d.version()).param("xml", d.xml()).update();
            case EngineActivity.InstanceOfClaim c -> jdbc.sql("""
                            insert into engine_instance_claim (engine_run, process_instance_key, claim_id)
                            values (:run, :instance, :claim) on conflict do nothing""")
                    .param("run", run).param("instance", c.processInstanceKey()).param("claim", c.claimId()).update();
        }
    }
}
