package org.arflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start that cannot succeed must end the JVM with a clear message, not hang on engine threads. */
class StartupFailureTest {

    @TempDir
    Path workDir;

    @Test
    void app_exits_with_a_clear_message_and_non_zero_status_when_its_port_is_taken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path output = workDir.resolve("app.log");
            String java = ProcessHandle.current().info().command().orElse("java");
            Process app = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                    ArflowApplication.class.getName(),
                    "--server.port=" + taken.getLocalPort(),
                    "--arflow.engine.embedded-port=0",
                    "--arflow.database.ephemeral=true", "--arflow.demo.office=false"))
                    .directory(Path.of("").toAbsolutePath().toFile()) // the project: Vaadin dev mode needs it
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();

            boolean exited = app.waitFor(120, TimeUnit.SECONDS);
            if (!exited) {
                app.destroyForcibly();
            }

            String log = read(output);
            assertThat(exited).as("the app exited instead of hanging; its output:%n%s", log).isTrue();
            assertThat(app.exitValue()).isNotZero();
            assertThat(log).contains("Port " + taken.getLocalPort() + " was already in use")
                    .contains("arflow did not start");
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
