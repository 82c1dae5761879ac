package org.arflow.engine;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What was deployed, when and by whom: kept in PostgreSQL, since the embedded engine forgets. */
@Component
public class DeploymentLog {

    /** A process version and when arflow last saw it deployed. */
    public record Entry(String processId, int version, String resourceName, String deployedBy,
                        OffsetDateTime firstDeployedAt, OffsetDateTime lastDeployedAt) {
    }

    private final JdbcClient jdbc;

    DeploymentLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Collection<DeployedProcess> processes, String deployedBy) {
        for (DeployedProcess p : processes) {
            jdbc.sql("""
                    insert into engine_deployment (process_id, version, resource_name, process_definition_key, deployed_by)
                    values (:processId, :version, :resource, :key, :by)
                    on conflict (process_id, version) do update
                      set last_deployed_at = now(), process_definition_key = excluded.process_definition_key
                    """)
                    .param("processId", p.processId()).param("version", p.version())
                    .param("resource", p.resourceName()).param("key", p.processDefinitionKey())
                    .param("by", deployedBy)
                    .update();
        }
    }

    public List<Entry> entries() {
        return jdbc.sql("""
                select process_id, version, resource_name, deployed_by, first_deployed_at, last_deployed_at
                from engine_deployment order by process_id, version desc
                """).query(Entry.class).list();
    }
}
