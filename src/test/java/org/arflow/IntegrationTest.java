package org.arflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a real embedded PostgreSQL and the real in-memory engine, on a random
 * HTTP port. Every test class with this annotation shares one Spring context (2 cores: start it once).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability(tracing = false) // the Prometheus endpoint, as in production
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "arflow.engine.embedded-port=0",
        "arflow.database.ephemeral=true",
        "arflow.demo.enabled=true",
        "arflow.demo.office=false",
        "arflow.x12.max-file-size=2MB"
})
public @interface IntegrationTest {
}
