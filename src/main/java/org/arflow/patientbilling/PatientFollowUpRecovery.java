package org.arflow.patientbilling;

import org.arflow.engine.EngineInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up of the embedded engine (which starts empty), accounts under follow-up get their process back. */
@Component
@Order(6)
class PatientFollowUpRecovery implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PatientFollowUpRecovery.class);

    private final EngineInfo engine;
    private final PatientAccounts accounts;

    PatientFollowUpRecovery(EngineInfo engine, PatientAccounts accounts) {
        this.engine = engine;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!engine.isInMemory()) {
            return;
        }
        try {
            int resumed = accounts.resumeFollowUps();
            if (resumed > 0) {
                log.info("Resumed the statement follow-up of {} patient accounts", resumed);
            }
        } catch (RuntimeException e) {
            log.error("Resuming patient accounts stopped: {}", e.getMessage());
        }
    }
}
