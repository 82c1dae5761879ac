package org.arflow.tasks;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How urgent a task is, 0 to 100, from what billers weigh: dollars at stake (up to 40: 10 points per
 * tenfold dollars, full at $10,000), age since the date of service (up to 20: one point per 6 days,
 * full at 120), days left to the deadline that matters (up to 30: the appeal deadline once the claim
 * was denied, the timely-filing deadline while the payer does not have the claim; full when 0 days
 * are left, nothing from 90 days out) and the claim's top priority (10). Every part is kept so the
 * score can be told in words.
 */
public record PriorityScore(int dollarPoints, int agePoints, int deadlinePoints, int topPriorityPoints,
                            BigDecimal atStake, Long ageDays, String deadlineName, LocalDate deadline,
                            Long daysLeft) {

    static final int MAX_DOLLARS = 40;
    static final int MAX_AGE = 20;
    static final int MAX_DEADLINE = 30;
    static final int TOP_PRIORITY = 10;
    private static final int DEADLINE_HORIZON_DAYS = 90;
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    static PriorityScore of(ClaimContext c, LocalDate today) {
        BigDecimal atStake = c.balance() != null && c.balance().signum() > 0 ? c.balance() : c.billedAmount();
        int dollars = atStake == null || atStake.signum() <= 0 ? 0
                : (int) Math.min(MAX_DOLLARS, Math.round(10 * Math.log10(1 + atStake.doubleValue())));
        Long age = c.serviceDate() == null ? null : Math.max(0, ChronoUnit.DAYS.between(c.serviceDate(), today));
        int agePoints = age == null ? 0 : (int) Math.min(MAX_AGE, age / 6);
        String deadlineName = null;
        LocalDate deadline = null;
        if (c.appealDeadline() != null) {
            deadlineName = "Appeal deadline";
            deadline = c.appealDeadline();
        } else if (!c.payerAcknowledged() && c.timelyFilingDeadline() != null) {
            deadlineName = "Timely-filing deadline";
            deadline = c.timelyFilingDeadline();
        }
        Long daysLeft = deadline == null ? null : ChronoUnit.DAYS.between(today, deadline);
        int deadlinePoints = daysLeft == null ? 0
                : (int) Math.round(MAX_DEADLINE * Math.clamp((DEADLINE_HORIZON_DAYS - daysLeft) / (double) DEADLINE_HORIZON_DAYS, 0, 1));
        int top = "TOP".equals(c.claimPriority()) ? TOP_PRIORITY : 0;
        return new PriorityScore(dollars, agePoints, deadlinePoints, top, atStake, age, deadlineName, deadline, daysLeft);
    }

    public int total() {
        return dollarPoints + agePoints + deadlinePoints + topPriorityPoints;
    }

    /** One reason per line: what each part is worth and why. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.US);
        reasons.add(atStake == null ? "No dollar amount known: 0 of " + MAX_DOLLARS
                : money.format(atStake) + " at stake: " + dollarPoints + " of " + MAX_DOLLARS);
        reasons.add(ageDays == null ? "Date of service unknown: 0 of " + MAX_AGE
                : ageDays + " days since the date of service: " + agePoints + " of " + MAX_AGE);
        if (deadline == null) {
            reasons.add("No filing or appeal deadline at stake: 0 of " + MAX_DEADLINE);
        } else {
            String when = daysLeft < 0 ? "passed " + -daysLeft + " days ago"
                    : daysLeft == 0 ? "is today" : "in " + daysLeft + " days";
            reasons.add(deadlineName + " " + when + " (" + US_DATE.format(deadline) + "): " + deadlinePoints
                    + " of " + MAX_DEADLINE);
        }
        if (topPriorityPoints > 0) {
            reasons.add("Claim raised to top priority: " + topPriorityPoints);
        }
        return reasons;
    }

    /** "Score 72 of 100: $1,250.00 at stake: 31 of 40; ..." for a tooltip. */
    public String explanation() {
        return "Score " + total() + " of 100: " + String.join("; ", reasons());
    }
}
