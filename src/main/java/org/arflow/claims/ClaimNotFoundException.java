package org.arflow.claims;

import org.arflow.input.ProblemException;
import org.springframework.http.HttpStatus;

public class ClaimNotFoundException extends ProblemException {
    public ClaimNotFoundException(String claimId) {
        super(HttpStatus.NOT_FOUND, "No claim with claim id " + claimId);
    }
}
