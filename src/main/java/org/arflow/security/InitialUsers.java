package org.arflow.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can log in. Demo users (one per role, password = user name) are created in the
 * embedded default and never in the production build; an operator gets a first admin from
 * ARFLOW_SECURITY_INITIAL_ADMIN_PASSWORD instead.
 */
@Component
@Order(0)
class InitialUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);

    private final UserDirectory users;
    private final boolean demoEnabled;
    private final String initialAdminPassword;

    InitialUsers(UserDirectory users,
                 @Value("${arflow.demo.enabled:#{null}}") Boolean demoEnabled,
                 @Value("${arflow.engine.mode:embedded}") String engineMode,
                 @Value("${arflow.security.initial-admin-password:}") String initialAdminPassword) {
        this.users = users;
        this.demoEnabled = demoEnabled != null ? demoEnabled : "embedded".equalsIgnoreCase(engineMode.trim());
        this.initialAdminPassword = initialAdminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoEnabled && BuildFlavor.current().isProduction()) {
            log.warn("Demo users are never created in the production build; arflow.demo.enabled is ignored");
        } else if (demoEnabled) {
            createDemoUsers();
        }
        if (!initialAdminPassword.isBlank() && !users.anyoneHas(Role.ADMIN)) {
            users.createIfAbsent("admin", "Administrator", initialAdminPassword, List.of(), Role.ADMIN);
            log.info("Created the initial admin user 'admin'");
        }
    }

    private void createDemoUsers() {
        users.createIfAbsent("biller", "Brenda Biller", "biller", List.of("Commercial payers", "Government payers"),
                Role.BILLER);
        users.createIfAbsent("supervisor", "Sam Supervisor", "supervisor", List.of("Supervisors"), Role.SUPERVISOR);
        users.createIfAbsent("analyst", "Ana Analyst", "analyst", List.of(), Role.ANALYST);
        users.createIfAbsent("admin", "Adam Admin", "admin", List.of(), Role.ADMIN);
        log.info("Demo users ready: biller, supervisor, analyst, admin (password = user name)");
    }
}
