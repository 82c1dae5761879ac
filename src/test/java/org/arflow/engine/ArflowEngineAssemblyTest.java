package org.arflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.engine.ArflowEngineAssembly;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import org.junit.jupiter.api.Test;

/**
 * ArflowEngineAssembly builds the engine from package-private classes of zeebe-process-test-engine:
 * written against one version, it must be checked on every upgrade.
 */
class ArflowEngineAssemblyTest {

    @Test
    void the_engine_assembly_is_written_for_the_camunda_version_on_the_class_path() {
        assertThat(EngineFactory.class.getPackage().getImplementationVersion())
                .as("ArflowEngineAssembly follows EngineFactory.create of 8.8.1 and ArflowResponseWriter its"
                        + " GrpcResponseWriter: compare them with the new version's, then change this version")
                .isEqualTo("8.8.1");
    }

    @Test
    void an_assembled_engine_listens_on_loopback_only() {
        try (var runner = new InMemoryEngineRunner(0)) {
            assertThat(runner.gatewayAddress().getAddress().isLoopbackAddress()).isTrue();
            assertThat(runner.gatewayAddress().getPort()).isPositive();
        }
    }
}
