package org.arflow.security;

import java.util.List;
import java.util.Set;

/** A user as the admin sees it: never with the password hash. */
public record UserAccount(String username, String displayName, boolean enabled, Set<Role> roles, List<String> teams) {
}
