package org.arflow.patientbilling;

import java.util.Set;
import org.arflow.engine.PublishedMessages;
import org.springframework.stereotype.Component;

/** The messages patient billing publishes: a patient payment, and new charges during a plan. */
@Component
class PatientBillingMessages implements PublishedMessages {

    @Override
    public Set<String> messageNames() {
        return Set.of(PatientPayments.MESSAGE, PatientAccounts.NEW_CHARGE_MESSAGE);
    }
}
