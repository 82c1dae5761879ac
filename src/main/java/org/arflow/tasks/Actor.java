package org.arflow.tasks;

import org.springframework.security.core.Authentication;

/** Who is working the task list: the user name, and whether they supervise (see and assign everything). */
public record Actor(String username, boolean supervisor) {

    public static Actor of(Authentication authentication) {
        boolean supervisor = authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_SUPERVISOR".equals(a.getAuthority()));
        return new Actor(authentication.getName(), supervisor);
    }
}
