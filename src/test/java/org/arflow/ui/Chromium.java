package org.arflow.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium for the end-to-end tests: required in CI, skipped with a message elsewhere. */
public final class Chromium {

    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Fails in CI when Chromium is missing (.ci/run installs it); skips the test class elsewhere. */
    public static void assumeInstalled() {
        boolean installed = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        if (System.getenv("CI") != null) {
            assertThat(installed).as("Chromium and chromedriver must be installed in CI (.ci/run installs them)").isTrue();
        }
        assumeTrue(installed, "Chromium is not installed here: apt-get install -y chromium chromium-driver");
    }

    /** A fresh browser with a profile of its own (runs as root, so without the sandbox). */
    public static WebDriver start(int width, int height) {
        try {
            ChromeOptions options = new ChromeOptions().setBinary(BINARY.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=" + width + "," + height,
                    "--user-data-dir=" + Files.createTempDirectory("arflow-chromium"));
            return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
                    options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
