package org.arflow.whatif;

import org.arflow.input.ProblemException;
import org.springframework.http.HttpStatus;

/** Runs wait their turn (one at a time, a short queue): a further one is refused until the queue has room. */
public class WhatIfBusyException extends ProblemException {

    public WhatIfBusyException() {
        super(HttpStatus.TOO_MANY_REQUESTS, "Other what-if runs are running or waiting; try again when one has finished");
    }
}
