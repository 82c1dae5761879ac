package org.arflow.engine;

import io.camunda.client.CamundaClient;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the element projection reads from: the embedded engine's own record stream (every record, in
 * order, no exporter needed), or a cluster's REST search API.
 */
@Configuration(proxyBeanMethods = false)
class ElementProjectionConfiguration {

    @Bean
    EngineActivitySource engineActivitySource(EngineInfo engine, ObjectProvider<EmbeddedEngine> embedded,
                                              ObjectProvider<CamundaClient> client, JdbcClient jdbc) {
        if (engine.isInMemory()) {
            return embedded.getObject().activity();
        }
        return new RemoteActivitySource(client.getObject(),
                latest(jdbc, "max(entered_at)", engine.runId()), latest(jdbc, "max(left_at)", engine.runId()));
    }

    private static OffsetDateTime latest(JdbcClient jdbc, String column, String run) {
        return jdbc.sql("select " + column + " from element_visit where engine_run = :run")
                .param("run", run).query(OffsetDateTime.class).list().stream()
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
