package org.arflow.engine;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mode         embedded (default) or remote
 * @param embeddedPort gRPC port of the embedded engine, bound to loopback only (0 = any free port)
 * @param resources    Spring resource patterns of the BPMN and DMN files deployed at start-up
 */
@ConfigurationProperties("arflow.engine")
public record EngineProperties(
        @DefaultValue("embedded") EngineMode mode,
        @DefaultValue("26500") int embeddedPort,
        @DefaultValue({"classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn"}) List<String> resources) {
}
