package org.arflow.payers;

import java.time.LocalDate;

/**
 * A payer and its follow-up rules. followUpDaysOverride, when set, replaces the class's first
 * follow-up wait (DMN follow-up-cadence).
 */
public record Payer(long id, String name, String payerCode, PayerClass payerClass, int timelyFilingDays,
                    int timelyFilingWarningDays, int appealDays, int expectedTurnaroundDays,
                    Integer followUpDaysOverride, String billingTeam) {

    /** The last day a claim for this date of service reaches the payer in time. */
    public LocalDate timelyFilingDeadline(LocalDate dateOfService) {
        return dateOfService.plusDays(timelyFilingDays);
    }

    /** From this day on, a claim not yet with the payer is at risk. */
    public LocalDate timelyFilingWarningDate(LocalDate dateOfService) {
        return timelyFilingDeadline(dateOfService).minusDays(timelyFilingWarningDays);
    }

    /** The last day to appeal a determination made on {@code determinationDate}. */
    public LocalDate appealDeadline(LocalDate determinationDate) {
        return determinationDate.plusDays(appealDays);
    }
}
