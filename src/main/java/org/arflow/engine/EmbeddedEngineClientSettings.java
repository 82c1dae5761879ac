package org.arflow.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In embedded mode, points the regular Camunda client at the app's own engine (gRPC on loopback,
 * no auth, no REST: the in-memory engine has no REST API). Remote mode leaves camunda.client.* alone.
 */
class EmbeddedEngineClientSettings implements EnvironmentPostProcessor {

    static final String PORT_PROPERTY = "arflow.engine.embedded-port";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String mode = environment.getProperty("arflow.engine.mode", "embedded");
        if (!EngineMode.EMBEDDED.name().equalsIgnoreCase(mode.trim())) {
            return;
        }
        int port = environment.getProperty(PORT_PROPERTY, Integer.class, 26500);
        if (port == 0) {
            port = freeLoopbackPort();
        }
        Map<String, Object> settings = new HashMap<>();
        settings.put(PORT_PROPERTY, port);
        settings.put("camunda.client.mode", "self-managed");
        settings.put("camunda.client.auth.method", "none");
        settings.put("camunda.client.prefer-rest-over-grpc", "false");
        settings.put("camunda.client.grpc-address", "http://127.0.0.1:" + port);
        settings.put("camunda.client.rest-address", "http://127.0.0.1:" + port);
        environment.getPropertySources().addFirst(new MapPropertySource("arflowEmbeddedEngine", settings));
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for the embedded engine", e);
        }
    }
}
