package org.arflow.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Logins to the app, logouts and wrong passwords (UI and API) in the audit log. API calls authenticate on
 * every request, so only the interactive (UI) logins are entries; a wrong password is one wherever it came.
 */
@Component
class LoginAudit {

    private final AuditLog audit;

    LoginAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), "LOGIN", null, null, null);
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), "LOGOUT", null, null, null);
    }

    @EventListener
    void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        // the name as typed (it may name nobody); never the password
        audit.record(String.valueOf(event.getAuthentication().getPrincipal()), "LOGIN_FAILED", null, null, null);
    }
}
