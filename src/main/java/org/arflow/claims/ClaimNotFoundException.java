package org.arflow.claims;

public class ClaimNotFoundException extends RuntimeException {
    public ClaimNotFoundException(String claimId) {
        super("No claim with claim id " + claimId);
    }
}
