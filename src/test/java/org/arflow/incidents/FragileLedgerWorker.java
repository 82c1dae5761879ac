package org.arflow.incidents;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** Test-only worker of the incident drill: fails until the test "fixes" the ledger. Public: the starter calls it. */
@Component
public class FragileLedgerWorker {

    static final String TYPE = "test-fragile-ledger";

    private volatile boolean fixed;

    void fix() {
        fixed = true;
    }

    @JobWorker(type = TYPE)
    public void post(@Variable String claimId) {
        if (!fixed) {
            throw new IllegalStateException("ledger unreachable while posting the drill");
        }
    }
}
