package org.arflow.edi.x12;

import java.time.LocalDate;

/**
 * A span of calendar days, both ends inclusive. A single day has {@code from == to}; either end
 * is null when the file gives only the other one (e.g. an 835 DTM*150 without a DTM*151).
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static DateRange of(LocalDate day) {
        return new DateRange(day, day);
    }

    /** The smallest range covering both; either may be null. */
    static DateRange span(DateRange a, DateRange b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return new DateRange(earlier(a.from, b.from), later(a.to, b.to));
    }

    private static LocalDate earlier(LocalDate x, LocalDate y) {
        return x == null || (y != null && y.isBefore(x)) ? y : x;
    }

    private static LocalDate later(LocalDate x, LocalDate y) {
        return x == null || (y != null && y.isAfter(x)) ? y : x;
    }
}
