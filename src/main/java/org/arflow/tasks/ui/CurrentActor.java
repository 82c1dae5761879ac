package org.arflow.tasks.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.arflow.tasks.Actor;

/** The logged-in person as the task list knows them. */
final class CurrentActor {

    private CurrentActor() {
    }

    static Actor of(AuthenticationContext auth) {
        return new Actor(auth.getPrincipalName().orElseThrow(), auth.hasRole("SUPERVISOR"));
    }
}
