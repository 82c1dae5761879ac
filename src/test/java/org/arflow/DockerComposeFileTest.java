package org.arflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml is the documented way to run against a real engine: it must stay valid and complete. */
class DockerComposeFileTest {

    private static final Path COMPOSE_FILE = Path.of("docker-compose.yml");

    @Test
    @SuppressWarnings("unchecked")
    void compose_file_runs_the_app_in_remote_mode_beside_postgres_and_camunda_with_health_checks() throws Exception {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE_FILE));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

        assertThat(services).containsKeys("postgres", "camunda", "arflow");
        services.forEach((name, service) -> assertThat(service).as(name).containsKey("healthcheck"));
        Map<String, Object> app = services.get("arflow");
        assertThat((Map<String, Object>) app.get("environment"))
                .containsEntry("ARFLOW_ENGINE_MODE", "remote")
                .containsKeys("SPRING_DATASOURCE_URL", "CAMUNDA_CLIENT_GRPC_ADDRESS");
        assertThat((Map<String, Object>) compose.get("volumes")).containsKeys("postgres-data", "camunda-data");
    }

    @Test
    void compose_cli_accepts_the_file() throws Exception {
        List<String> command = composeCommand();
        if (System.getenv("CI") != null) {
            assertThat(command).as("a docker compose CLI in CI (.ci/run installs docker-compose)").isNotEmpty();
        }
        assumeTrue(!command.isEmpty(), "no docker compose CLI here: apt-get install -y docker-compose");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static List<String> composeCommand() throws Exception {
        if (runs(List.of("docker-compose", "version"))) {
            return List.of("docker-compose", "-f", COMPOSE_FILE.toString(), "config", "-q");
        }
        if (runs(List.of("docker", "compose", "version"))) {
            return List.of("docker", "compose", "-f", COMPOSE_FILE.toString(), "config", "-q");
        }
        return List.of();
    }

    private static boolean runs(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
