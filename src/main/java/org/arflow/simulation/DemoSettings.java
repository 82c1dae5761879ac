package org.arflow.simulation;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The living demo office: on by default with the embedded engine (where the demo users are), off
 * otherwise and in the production build. {@code clockSpeed} > 1 also moves the embedded engine's
 * clock that much faster, so follow-up timers fire within a demo.
 */
@Component
class DemoSettings {

    final boolean office;
    final long seed;
    final int initialClaims;
    final Duration tick;
    final double payerDaysPerMinute;
    final double clockSpeed;

    DemoSettings(@Value("${arflow.demo.office:#{null}}") Boolean office,
                 @Value("${arflow.engine.mode:embedded}") String engineMode,
                 @Value("${arflow.demo.seed:42}") long seed,
                 @Value("${arflow.demo.initial-claims:300}") int initialClaims,
                 @Value("${arflow.demo.tick:PT60S}") Duration tick,
                 @Value("${arflow.demo.payer-days-per-minute:2}") double payerDaysPerMinute,
                 @Value("${arflow.demo.clock-speed:1}") double clockSpeed) {
        boolean production = "production".equals(buildFlavor());
        this.office = !production && (office != null ? office : "embedded".equalsIgnoreCase(engineMode.trim()));
        this.seed = seed;
        this.initialClaims = initialClaims;
        this.tick = tick;
        this.payerDaysPerMinute = payerDaysPerMinute;
        this.clockSpeed = clockSpeed;
    }

    private static String buildFlavor() {
        var props = new java.util.Properties();
        try (var in = DemoSettings.class.getResourceAsStream("/META-INF/arflow-build.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (java.io.IOException e) {
            return "evaluation";
        }
        return props.getProperty("arflow.build.flavor", "evaluation");
    }
}
