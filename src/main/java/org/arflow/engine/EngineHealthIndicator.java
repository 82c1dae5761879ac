package org.arflow.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Topology;
import java.time.Duration;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** Health "engine": can the client reach the engine's gateway, and which kind of engine it is. */
@Component("engine")
class EngineHealthIndicator extends AbstractHealthIndicator {

    private final CamundaClient client;
    private final EngineInfo info;
    private final ProcessEngine engine;

    EngineHealthIndicator(CamundaClient client, EngineInfo info, ProcessEngine engine) {
        super("Engine not reachable");
        this.engine = engine;
        this.client = client;
        this.info = info;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("mode", info.mode().name().toLowerCase());
        builder.withDetail("outboxBacklog", engine.backlog());
        if (info.isInMemory()) {
            builder.withDetail("note", EngineInfo.IN_MEMORY_NOTICE);
        }
        Topology topology = client.newTopologyRequest().requestTimeout(Duration.ofSeconds(3)).send().join();
        builder.up()
                .withDetail("brokers", topology.getBrokers().size())
                .withDetail("partitions", topology.getPartitionsCount())
                .withDetail("gatewayVersion", topology.getGatewayVersion());
    }
}
