package org.arflow.claims;

import org.arflow.input.ProblemException;
import org.springframework.http.HttpStatus;

public class DuplicateClaimException extends ProblemException {
    public DuplicateClaimException(String claimId) {
        super(HttpStatus.CONFLICT, "Claim " + claimId + " is already known; it was not submitted again");
    }
}
