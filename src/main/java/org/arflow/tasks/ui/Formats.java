package org.arflow.tasks.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.arflow.tasks.OfficeCalendar;

/** US money and dates, as billers read them. */
final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy h:mm a", Locale.US);
    static final String NONE = "—";

    private Formats() {
    }

    static String money(BigDecimal amount) {
        return amount == null ? NONE : NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    static String date(LocalDate date) {
        return date == null ? NONE : DATE.format(date);
    }

    static String date(OffsetDateTime time) {
        return time == null ? NONE : DATE.format(time.atZoneSameInstant(OfficeCalendar.ZONE));
    }

    static String dateTime(OffsetDateTime time) {
        return time == null ? NONE : DATE_TIME.format(time.atZoneSameInstant(OfficeCalendar.ZONE));
    }

    /** "03/14/2027 (in 12 days)", "(today)", "(3 days overdue)". */
    static String dueText(OffsetDateTime due, LocalDate today) {
        if (due == null) {
            return NONE;
        }
        LocalDate day = due.atZoneSameInstant(OfficeCalendar.ZONE).toLocalDate();
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, day);
        String when = days == 0 ? "today" : days > 0 ? "in " + days + " days" : -days + " days overdue";
        return date(day) + " (" + when + ")";
    }
}
