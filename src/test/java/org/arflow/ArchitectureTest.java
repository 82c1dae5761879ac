package org.arflow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ArchitectureTest {

    @Test
    void feature_packages_only_use_each_others_public_api_and_have_no_cycles() {
        ApplicationModules.of(ArflowApplication.class).verify();
    }
}
