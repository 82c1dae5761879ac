package org.arflow.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Login throttling: after {@code max-failures} wrong passwords for a user name in a row, that user
 * cannot log in (UI or API) for {@code lock-for}, whatever password is tried. A success resets the count.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lockFor;
    private final Clock clock = Clock.systemUTC();

    LoginAttempts(@Value("${arflow.security.login.max-failures:5}") int maxFailures,
                  @Value("${arflow.security.login.lock-for:PT5M}") Duration lockFor) {
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (failures.size() > 10_000) { // guessed user names must not grow memory without bound
            failures.values().removeIf(f -> f.lockedUntil() == null || clock.instant().isAfter(f.lockedUntil()));
        }
        String user = key(String.valueOf(event.getAuthentication().getPrincipal()));
        Failures next = failures.merge(user, new Failures(1, null), (old, one) -> {
            int count = old.lockedUntil() != null && !clock.instant().isBefore(old.lockedUntil()) ? 1 : old.count() + 1;
            return new Failures(count, count >= maxFailures ? clock.instant().plus(lockFor) : null);
        });
        if (next.lockedUntil() != null && next.count() == maxFailures) {
            log.warn("Logins locked for {} after {} wrong passwords", lockFor, maxFailures);
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase();
    }
}
