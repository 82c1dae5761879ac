package org.arflow.insights;

import java.time.LocalDate;
import org.arflow.claims.ArFilter;

/**
 * What a supervisor looks at: a period of dates (service dates for AR, task dates for queues and
 * productivity; from / to inclusive), a payer and a team; null payer or team means all.
 */
public record InsightsFilter(LocalDate from, LocalDate to, String payer, String team) {

    /** The last 30 days up to today, all payers and teams. */
    public static InsightsFilter lastDays(int days, LocalDate today) {
        return new InsightsFilter(today.minusDays(days - 1L), today, null, null);
    }

    public InsightsFilter withDefaults(LocalDate today) {
        LocalDate end = to == null ? today : to;
        return new InsightsFilter(from == null ? end.minusDays(29) : from, end, blankToNull(payer), blankToNull(team));
    }

    ArFilter ar() {
        return new ArFilter(from, to, payer);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
