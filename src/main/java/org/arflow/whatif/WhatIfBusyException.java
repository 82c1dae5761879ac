package org.arflow.whatif;

/** Runs wait their turn (one at a time, a short queue): a further one is refused until the queue has room. */
public class WhatIfBusyException extends RuntimeException {

    public WhatIfBusyException() {
        super("Other what-if runs are running or waiting; try again when one has finished");
    }
}
