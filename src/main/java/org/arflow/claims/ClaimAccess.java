package org.arflow.claims;

import java.util.List;
import org.arflow.security.UserDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see which claims: supervisors and admins every claim; a biller the claims of the payers their
 * teams work. A claim outside a biller's teams is "not found" for them, by URL and by API alike.
 */
@Component
public class ClaimAccess {

    private final UserDirectory users;
    private final ClaimService claims;

    ClaimAccess(UserDirectory users, ClaimService claims) {
        this.users = users;
        this.claims = claims;
    }

    /** The teams whose claims this user may see, or null for all of them. */
    public List<String> visibleTeams(Authentication user) {
        boolean everything = user.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals("ROLE_SUPERVISOR") || a.getAuthority().equals("ROLE_ADMIN"));
        return everything ? null : users.teams(user.getName());
    }

    /** Throws ClaimNotFoundException when the claim is unknown or not this user's to see. */
    public void check(String claimId, Authentication user) {
        List<String> teams = visibleTeams(user);
        if (teams != null && !claims.workedByAnyOf(claimId, teams)) {
            throw new ClaimNotFoundException(claimId);
        }
    }
}
