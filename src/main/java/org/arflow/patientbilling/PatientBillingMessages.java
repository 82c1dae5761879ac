package org.arflow.patientbilling;

import java.util.Set;
import org.arflow.engine.PublishedMessages;
import org.springframework.stereotype.Component;

/** The messages patient billing publishes: a patient payment (correlation key: the patient id). */
@Component
class PatientBillingMessages implements PublishedMessages {

    @Override
    public Set<String> messageNames() {
        return Set.of(PatientPayments.MESSAGE);
    }
}
