package org.arflow.whatif;

import java.time.Duration;

/** Waits for a what-if run to finish (tests). */
public final class WhatIfRunsAwait {

    private WhatIfRunsAwait() {
    }

    public static WhatIfRun done(WhatIfService whatIf, long id, Duration atMost) {
        long until = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < until) {
            WhatIfRun run = whatIf.run(id).orElseThrow();
            if (run.finished()) {
                return run;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("what-if run " + id + " did not finish within " + atMost);
    }
}
