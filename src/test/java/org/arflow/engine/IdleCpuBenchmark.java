package org.arflow.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.arflow.AppProcess;
import org.arflow.benchmark.BenchmarkResults;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * CPU the evaluation app uses at rest with the demo office (its initial claims, no demo ticks, nobody
 * working): process CPU seconds over a minute, after a minute to settle, as a share of one core. Each
 * variant is the app as shipped plus the arguments named (the state store, the job workers' settings).
 * Variants: -Darflow.idle.variants=name|arg arg;name|arg ... (default: the shipped settings).
 */
@Tag("benchmark")
class IdleCpuBenchmark {

    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static final Duration MEASURE = Duration.ofSeconds(60);

    @Test
    void idle_cpu_of_the_app_with_the_demo_office() throws Exception {
        for (String variant : System.getProperty("arflow.idle.variants", "as shipped|").split(";")) {
            String[] parts = variant.split("\\|", -1);
            List<String> arguments = new ArrayList<>(List.of("--arflow.demo.office=true", "--arflow.demo.tick=PT1H"));
            for (String argument : parts[1].trim().split(" ")) {
                if (!argument.isBlank()) {
                    arguments.add(argument);
                }
            }
            Path data = Files.createTempDirectory("arflow-idle");
            try (AppProcess app = new AppProcess(data)) {
                app.start(arguments.toArray(String[]::new));
                Thread.sleep(SETTLE.toMillis());
                Duration before = app.cpuTime();
                Duration jvmBefore = app.jvmCpuTime();
                Thread.sleep(MEASURE.toMillis());
                double seconds = (app.cpuTime().toMillis() - before.toMillis()) / 1000.0;
                double jvm = (app.jvmCpuTime().toMillis() - jvmBefore.toMillis()) / 1000.0;
                String name = "idle CPU, demo office, " + parts[0].trim();
                BenchmarkResults.record(name + ": app JVM", jvm, "CPU s/min");
                BenchmarkResults.record(name + ": app JVM, share of one core", 100 * jvm / MEASURE.toSeconds(), "%");
                BenchmarkResults.record(name + ": with its PostgreSQL", seconds, "CPU s/min");
            }
        }
    }
}
