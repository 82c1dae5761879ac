package org.arflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The production build has no in-memory engine jars; it must refuse embedded mode plainly. */
class ProductionBuildTest {

    private final ApplicationContextRunner contextWithoutEngineJars = new ApplicationContextRunner()
            .withClassLoader(new FilteredClassLoader("io.camunda.zeebe.process.test"))
            .withBean(EngineProperties.class, () -> new EngineProperties(EngineMode.EMBEDDED, 0, java.util.List.of()))
            .withUserConfiguration(EmbeddedEngineConfiguration.class);

    @Test
    void embedded_mode_is_refused_with_a_clear_message_when_the_engine_is_not_in_the_build() {
        contextWithoutEngineJars.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(EmbeddedEngineUnavailableException.class)
                    .hasMessageContaining("production build without the in-memory engine")
                    .hasMessageContaining("ARFLOW_ENGINE_MODE=remote");
        });
    }

    @Test
    void remote_mode_starts_no_embedded_engine() {
        contextWithoutEngineJars.withPropertyValues("arflow.engine.mode=remote")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedEngine.class));
    }
}
