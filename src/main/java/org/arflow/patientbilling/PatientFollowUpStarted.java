package org.arflow.patientbilling;

import org.arflow.engine.ProcessInstanceStarted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Remembers on the account which patient-balance instance follows it up, as soon as the engine started it. */
@Component
class PatientFollowUpStarted {

    private final PatientAccounts accounts;

    PatientFollowUpStarted(PatientAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(ProcessInstanceStarted started) {
        if (PatientAccounts.PROCESS_ID.equals(started.processId())
                && started.variables().get("accountId") instanceof String accountId) {
            accounts.recordProcessInstance(Long.parseLong(accountId), started.processInstanceKey());
        }
    }
}
