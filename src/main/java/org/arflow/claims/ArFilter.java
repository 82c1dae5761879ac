package org.arflow.claims;

import java.time.LocalDate;

/** Which claims an AR report covers: dates of service from / to (inclusive) and one payer; nulls mean all. */
public record ArFilter(LocalDate serviceFrom, LocalDate serviceTo, String payer) {

    public static ArFilter all() {
        return new ArFilter(null, null, null);
    }
}
