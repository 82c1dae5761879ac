package org.arflow.claims;

public class DuplicateClaimException extends RuntimeException {
    public DuplicateClaimException(String claimId) {
        super("Claim " + claimId + " is already known; it was not submitted again");
    }
}
