package org.arflow.engine;

import io.camunda.client.api.response.DeploymentEvent;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What was deployed, when, by whom and why, with each version's file: kept in PostgreSQL, since the
 * embedded engine forgets. Processes and decisions alike.
 */
@Component
public class DeploymentLog {

    public static final String PROCESS = "PROCESS";
    public static final String DECISION = "DECISION";

    /** A process or decision version and when arflow last saw it deployed; reason only for deploys from the app. */
    public record Entry(String processId, int version, String resourceName, String deployedBy,
                        OffsetDateTime firstDeployedAt, OffsetDateTime lastDeployedAt, String kind, String reason) {
    }

    private final JdbcClient jdbc;

    DeploymentLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records every process and decision of a deployment, with the file each came from. */
    void record(DeploymentEvent event, Map<String, byte[]> files, String deployedBy, String reason) {
        event.getProcesses().forEach(p -> upsert(PROCESS, p.getBpmnProcessId(), p.getVersion(), p.getResourceName(),
                p.getProcessDefinitionKey(), files.get(p.getResourceName()), deployedBy, reason));
        Map<Long, String> resourceOf = new HashMap<>();
        event.getDecisionRequirements().forEach(r -> resourceOf.put(r.getDecisionRequirementsKey(), r.getResourceName()));
        event.getDecisions().forEach(d -> {
            String resource = resourceOf.getOrDefault(d.getDecisionRequirementsKey(), d.getDmnDecisionRequirementsId() + ".dmn");
            upsert(DECISION, d.getDmnDecisionId(), d.getVersion(), resource, d.getDecisionKey(), files.get(resource),
                    deployedBy, reason);
        });
    }

    private void upsert(String kind, String id, int version, String resource, long key, byte[] content,
                        String deployedBy, String reason) {
        // an unchanged file deployed again keeps its version: only the last-seen time moves
        jdbc.sql("""
                        insert into engine_deployment (kind, process_id, version, resource_name, process_definition_key,
                                                       content, deployed_by, reason)
                        values (:kind, :id, :version, :resource, :key, :content, :by, :reason)
                        on conflict (kind, process_id, version) do update
                          set last_deployed_at = now(), process_definition_key = excluded.process_definition_key,
                              content = coalesce(excluded.content, engine_deployment.content)""")
                .param("kind", kind).param("id", id).param("version", version).param("resource", resource)
                .param("key", key).param("content", content).param("by", deployedBy).param("reason", reason)
                .update();
    }

    public List<Entry> entries() {
        return jdbc.sql("""
                select process_id, version, resource_name, deployed_by, first_deployed_at, last_deployed_at, kind, reason
                from engine_deployment order by kind desc, process_id, version desc
                """).query(Entry.class).list();
    }

    /** The file a version was deployed from, when arflow has it. */
    public Optional<byte[]> content(String kind, String id, int version) {
        return jdbc.sql("""
                        select content from engine_deployment
                        where kind = :kind and process_id = :id and version = :version and content is not null""")
                .param("kind", kind).param("id", id).param("version", version).query(byte[].class).optional();
    }

    /** The newest version of each file (one BPMN or DMN file per name), as the engine runs them now. */
    public Map<String, byte[]> latestFiles() {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        jdbc.sql("""
                        select distinct on (resource_name) resource_name, content from engine_deployment
                        where content is not null order by resource_name, version desc""")
                .query((rs, n) -> files.put(rs.getString(1), rs.getBytes(2))).list();
        return files;
    }
}
