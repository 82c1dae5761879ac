package org.arflow.patientbilling;

import org.arflow.patients.PatientService;
import org.springframework.stereotype.Service;

/** Reads a whole patient account for the API and the account view. */
@Service
public class PatientAccountQuery {

    private final PatientService patients;
    private final PatientAccounts accounts;
    private final Statements statements;
    private final PaymentPlans plans;
    private final PatientPayments payments;
    private final PatientAdjustments adjustments;

    PatientAccountQuery(PatientService patients, PatientAccounts accounts, Statements statements, PaymentPlans plans,
                        PatientPayments payments, PatientAdjustments adjustments) {
        this.adjustments = adjustments;
        this.patients = patients;
        this.accounts = accounts;
        this.statements = statements;
        this.plans = plans;
        this.payments = payments;
    }

    public PatientAccount get(long patientId) {
        patients.find(patientId).orElseThrow(() -> new PatientNotFoundException(patientId));
        return new PatientAccount(patientId, accounts.balanceDue(patientId), accounts.credit(patientId),
                accounts.followingUp(patientId), accounts.balances(patientId), statements.of(patientId),
                plans.latestPlanState(patientId), plans.schedule(patientId), payments.history(patientId),
                adjustments.of(patientId));
    }
}
