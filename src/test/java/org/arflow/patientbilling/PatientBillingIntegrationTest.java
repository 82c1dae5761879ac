package org.arflow.patientbilling;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Like {@link org.arflow.IntegrationTest}, but the patient-side tests share a Spring context (and so an
 * engine) of their own: they move the engine clock by months, which the other tests' claims must not see.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "arflow.engine.embedded-port=0",
        "arflow.database.ephemeral=true",
        "arflow.demo.enabled=true",
        "arflow.demo.office=false",
        "arflow.x12.max-file-size=2MB",
        "arflow.test.context=patient-billing",
        "arflow.data-dir=target/patient-billing-test" // its own inbox folder: the main context must own its files
})
public @interface PatientBillingIntegrationTest {
}
