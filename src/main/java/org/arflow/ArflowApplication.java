package org.arflow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ArflowApplication {

    private static final Logger log = LoggerFactory.getLogger(ArflowApplication.class);

    public static void main(String[] args) {
        try {
            SpringApplication application = new SpringApplication(ArflowApplication.class);
            StartupReport.attachIfAsked(application);
            application.run(args);
        } catch (Throwable startFailure) {
            // Spring has already reported why; without an explicit exit a non-daemon thread
            // inside the embedded engine would keep the JVM alive and the start would hang.
            log.error("arflow did not start: {}", rootMessage(startFailure));
            System.exit(1);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
