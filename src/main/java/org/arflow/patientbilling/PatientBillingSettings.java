package org.arflow.patientbilling;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the office bills patients (arflow.patients.*): statements before the final notice and the
 * time between them, plan limits, what happens to new charges while a plan runs, and what a statement
 * says about paying.
 */
@ConfigurationProperties("arflow.patients")
public record PatientBillingSettings(
        @DefaultValue("3") int statements,
        @DefaultValue("P30D") Duration statementInterval,
        @DefaultValue("25.00") BigDecimal minimumInstallment,
        @DefaultValue("24") int maximumTermMonths,
        @DefaultValue("hold") NewCharges newChargesDuringPlan,
        @DefaultValue("arflow Demo Practice") String practiceName,
        @DefaultValue("100 Main Street, Springfield, MA 01103 - (555) 010-0100") String practiceAddress,
        @DefaultValue("Pay online at https://pay.example.org, call (555) 010-0100, or mail a check payable to the practice to the address above. Write your account number on the check.")
        String howToPay) {

    /** New charges of a patient with a running plan: held outside it (billed after it) or added to it. */
    public enum NewCharges { HOLD, ADD_TO_PLAN }
}
