package org.arflow.edi.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One segment as read, with typed accessors that fail with the file, segment and element in
 * the message. Elements are numbered as in the implementation guides (CLP01 = element 1).
 * Only the first repetition of a repeated element is kept: none of the elements read here
 * repeats in 5010.
 */
record Segment(String tag, List<List<String>> elements, int position, int offset, Source source) {

    /** What is being read, for messages: the transaction kind ("835") and the file name. */
    record Source(String kind, String fileName) {
    }

    // X12 "R" (decimal) type: optional minus, digits with an optional point; no exponent, no plus.
    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");
    // what arflow's columns hold: money numeric(12,2), units numeric(8,2)
    private static final int AMOUNT_DIGITS = 10;
    private static final int QUANTITY_DIGITS = 6;
    private static final DateTimeFormatter CCYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    Segment {
        elements = List.copyOf(elements.stream().map(List::copyOf).toList());
    }

    /** The first component of element {@code n}, or null when the element is absent or empty. */
    String text(int n) {
        return component(n, 1);
    }

    /** Component {@code c} (1-based) of element {@code n}, or null when absent or empty. */
    String component(int n, int c) {
        List<String> components = components(n);
        if (c > components.size()) {
            return null;
        }
        String value = components.get(c - 1);
        return value == null || value.isBlank() ? null : value.strip();
    }

    List<String> components(int n) {
        return n <= elements.size() ? elements.get(n - 1) : List.of();
    }

    boolean is(int n, String value) {
        return value.equals(text(n));
    }

    String required(int n, String what) {
        String value = text(n);
        if (value == null) {
            throw error(n, what + " is missing");
        }
        return value;
    }

    BigDecimal amount(int n) {
        return number(n, AMOUNT_DIGITS, "an amount");
    }

    /** A count of units or minutes (SV104, SV205, SVC05): smaller than an amount can be. */
    BigDecimal quantity(int n) {
        return number(n, QUANTITY_DIGITS, "a quantity");
    }

    BigDecimal requiredQuantity(int n, String what) {
        required(n, what);
        return quantity(n);
    }

    private BigDecimal number(int n, int digits, String what) {
        String value = text(n);
        if (value == null) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            throw error(n, quote(value) + " is not " + what);
        }
        BigDecimal number = new BigDecimal(value);
        if (number.precision() - number.scale() > digits) {
            throw error(n, quote(value) + " is too large for " + what + " (at most " + digits
                    + " digits before the decimal point)");
        }
        return number;
    }

    BigDecimal requiredAmount(int n, String what) {
        required(n, what);
        return amount(n);
    }

    LocalDate date(int n) {
        String value = text(n);
        return value == null ? null : parseDate(n, value);
    }

    LocalDate requiredDate(int n, String what) {
        required(n, what);
        return date(n);
    }

    /**
     * A DTP-style date: element {@code formatAt} names the format (D8, RD8, DT) of element
     * {@code valueAt}. Returns null for formats that carry no calendar date (TM, times).
     */
    DateRange period(int formatAt, int valueAt) {
        String format = required(formatAt, "the date format qualifier");
        String value = required(valueAt, "the date");
        return switch (format) {
            case "D8" -> DateRange.of(parseDate(valueAt, value));
            case "DT" -> DateRange.of(parseDate(valueAt, value.length() >= 8 ? value.substring(0, 8) : value));
            case "RD8" -> {
                int dash = value.indexOf('-');
                if (dash < 0) {
                    throw error(valueAt, quote(value) + " is not a date range CCYYMMDD-CCYYMMDD");
                }
                yield new DateRange(parseDate(valueAt, value.substring(0, dash)),
                        parseDate(valueAt, value.substring(dash + 1)));
            }
            default -> null;
        };
    }

    private LocalDate parseDate(int n, String value) {
        try {
            return LocalDate.parse(value, CCYYMMDD);
        } catch (DateTimeParseException e) {
            throw error(n, quote(value) + " is not a date CCYYMMDD");
        }
    }

    X12FormatException error(int element, String problem) {
        return new X12FormatException(source.kind(), source.fileName(), tag, position, element, offset, problem, null);
    }

    /** Quotes an offending value, cut short: it is shown only to point at the mistake. */
    private static String quote(String value) {
        return "'" + (value.length() > 20 ? value.substring(0, 20) + "..." : value) + "'";
    }
}
