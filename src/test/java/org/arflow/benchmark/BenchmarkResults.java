package org.arflow.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;

/** Prints a benchmark figure and appends it to target/benchmark-results.txt. */
public final class BenchmarkResults {

    private static final Path FILE = Path.of("target", "benchmark-results.txt");

    private BenchmarkResults() {
    }

    public static void record(String name, double value, String unit) {
        String line = String.format("%-70s %12.1f %s", name, value, unit);
        System.out.println("BENCHMARK " + line);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, LocalDateTime.now().withNano(0) + " " + line + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
