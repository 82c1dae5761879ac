package org.arflow;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * arflow as a separate operating-system process on a data folder of its own, started the way a user
 * starts it, so that a test can kill it (SIGKILL, no shutdown hooks) and start it again on the same data.
 */
public final class AppProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Path dataDir;
    private final Path log;
    private final Path workingDirectory;
    private final List<String> launch;
    private final int port;
    private Process process;

    /** The build's classes (the test class path) on a data folder of their own; demo users, no demo office. */
    public AppProcess(Path dataDir) {
        this(dataDir, dataDir.resolve("app.log"), Path.of("").toAbsolutePath(), classesLaunch(dataDir));
    }

    private AppProcess(Path dataDir, Path log, Path workingDirectory, List<String> launch) {
        this.dataDir = dataDir;
        this.log = log;
        this.workingDirectory = workingDirectory;
        this.launch = launch;
        this.port = freePort();
    }

    /**
     * The packaged jar as a user starts it: {@code java -jar} from a folder of its own, every setting at its
     * default (demo users and demo office on, data in {@code ./data} of that folder) but the two ports.
     */
    public static AppProcess packagedJar(Path jar, Path folder) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new AppProcess(folder.resolve("data"), folder.resolve("app.log"), folder,
                List.of(java, "-jar", jar.toAbsolutePath().toString(), "--arflow.engine.embedded-port=0"));
    }

    private static List<String> classesLaunch(Path dataDir) {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(java, "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", classpath,
                "org.arflow.ArflowApplication", "--arflow.data-dir=" + dataDir,
                "--arflow.engine.embedded-port=0", "--arflow.demo.enabled=true", "--arflow.demo.office=false",
                "--vaadin.launch-browser=false");
    }

    /** Starts the app and waits until it is ready (readiness probe up). */
    public AppProcess start(String... extraArguments) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(extraArguments));
        List<String> command = new ArrayList<>();
        command.add(launch.getFirst());
        // -D... arguments are for the JVM, the others for the app
        arguments.stream().filter(a -> a.startsWith("-D")).forEach(command::add);
        List<String> standard = new ArrayList<>(launch.subList(1, launch.size()));
        standard.add("--server.port=" + port);
        for (String argument : standard) {
            String key = argument.startsWith("--") && argument.contains("=")
                    ? argument.substring(0, argument.indexOf('=') + 1) : null;
            if (key == null || arguments.stream().noneMatch(a -> a.startsWith(key))) {
                command.add(argument); // an extra argument with the same name replaces the standard one
            }
        }
        arguments.stream().filter(a -> !a.startsWith("-D")).forEach(command::add);
        Files.createDirectories(log.getParent());
        process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("arflow exited with " + process.exitValue() + " during start-up; see " + log);
            }
            if (ready()) {
                return this;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("arflow was not ready within 3 minutes; see " + log);
    }

    /** SIGKILL: no shutdown hooks, no closing of the database or the engine, as in a crash. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The CPU time the app's process has used so far, with its live child processes (its PostgreSQL). */
    public Duration cpuTime() {
        Duration own = process.toHandle().info().totalCpuDuration().orElseThrow();
        return process.toHandle().descendants().map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(own, Duration::plus);
    }

    /** The CPU time the app's own JVM has used so far. */
    public Duration jvmCpuTime() {
        return process.toHandle().info().totalCpuDuration().orElseThrow();
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path log() {
        return log;
    }

    /** A connection to the app's own embedded PostgreSQL (its port is in the postmaster.pid file). */
    public Connection database() throws IOException, SQLException {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres",
                "postgres", "postgres");
    }

    private boolean ready() {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy(); // SIGTERM: the app shuts down cleanly and stops its PostgreSQL
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
