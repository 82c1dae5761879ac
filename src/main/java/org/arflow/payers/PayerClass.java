package org.arflow.payers;

/** Payer classes and the rules a new payer of the class starts with (public payer rules, docs/domain.md). */
public enum PayerClass {
    MEDICARE(365, 60, 120, 14, "Government payers"),
    MEDICAID(365, 60, 90, 30, "Government payers"),
    COMMERCIAL(90, 30, 180, 30, "Commercial payers"),
    OTHER(180, 30, 90, 45, "Commercial payers");

    final int timelyFilingDays;
    final int timelyFilingWarningDays;
    final int appealDays;
    final int expectedTurnaroundDays;
    final String billingTeam;

    PayerClass(int timelyFilingDays, int timelyFilingWarningDays, int appealDays, int expectedTurnaroundDays,
               String billingTeam) {
        this.timelyFilingDays = timelyFilingDays;
        this.timelyFilingWarningDays = timelyFilingWarningDays;
        this.appealDays = appealDays;
        this.expectedTurnaroundDays = expectedTurnaroundDays;
        this.billingTeam = billingTeam;
    }
}
