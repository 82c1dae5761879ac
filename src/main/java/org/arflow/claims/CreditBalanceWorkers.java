package org.arflow.claims;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.math.BigDecimal;
import org.arflow.engine.EngineInfo;
import org.springframework.stereotype.Component;

/** Workers of credit-balance-review, one per service task, named after its job type; each records once per step. */
@Component
public class CreditBalanceWorkers {

    private final CreditBalances credits;
    private final ClaimProgress progress;
    private final EngineInfo engine;

    CreditBalanceWorkers(CreditBalances credits, ClaimProgress progress, EngineInfo engine) {
        this.credits = credits;
        this.progress = progress;
        this.engine = engine;
    }

    @JobWorker(type = "record-refund")
    public void recordRefund(@Variable String claimId, @Variable BigDecimal refundAmount, @Variable String refundTo,
                             @Variable String refundRequestedBy, @Variable String refundApprovedBy, ActivatedJob job) {
        credits.recordRefund(claimId, refundAmount, refundTo, refundRequestedBy, refundApprovedBy, StepKey.of(job, engine));
    }

    @JobWorker(type = "record-awaited-recoupment")
    public void recordAwaitedRecoupment(@Variable String claimId, @Variable BigDecimal creditAmount, ActivatedJob job) {
        progress.record(claimId, ClaimStage.AWAITING_RECOUPMENT, "CREDIT_LEFT_FOR_RECOUPMENT",
                "Credit balance of " + creditAmount + " left for the payer to recoup", "arflow", StepKey.of(job, engine));
    }
}
