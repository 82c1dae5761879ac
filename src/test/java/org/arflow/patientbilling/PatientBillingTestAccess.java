package org.arflow.patientbilling;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.arflow.tasks.Actor;
import org.arflow.tasks.TaskWork;
import org.springframework.stereotype.Component;

/** Opens the package's test driver to the view tests: accounts in a known state. */
@Component
public class PatientBillingTestAccess {

    private final PatientBillingDriver patient;
    private final PaymentPlans plans;
    private final TaskWork work;

    PatientBillingTestAccess(PatientBillingDriver patient, PaymentPlans plans, TaskWork work) {
        this.patient = patient;
        this.plans = plans;
        this.work = work;
    }

    /**
     * A $150.00 balance through the final notice and a call to a plan of 3 x $50.00; the first installment
     * paid, the second missed. Returns the account id.
     */
    public long accountWithPaidAndMissedInstallment(String claimId) {
        long account = patient.claimLeavingPatient(claimId, "150.00");
        patient.throughFinalNotice(account);
        patient.complete(account, "CallPatient", Map.of("callOutcome", "PAYMENT_PLAN"));
        work.complete(patient.awaitTask(account, "SetUpPaymentPlan").taskKey(), Map.of("installments", 3,
                "installmentAmount", "50.00", "firstDueDate", patient.office.engineToday().plusDays(5).toString()),
                new Actor("supervisor", true));
        await().atMost(PatientBillingDriver.PATIENCE).until(() -> plans.schedule(account).size() == 3);
        patient.pay(account, "50.00", claimId + "-1");
        for (int n = 1; n <= 2; n++) {
            int installment = n;
            patient.letTimerFire(account, "InstallmentDue", Duration.ofDays(32));
            await().atMost(PatientBillingDriver.PATIENCE).until(() -> !plans.schedule(account).get(installment - 1)
                    .state().equals("DUE"));
        }
        return account;
    }
}
