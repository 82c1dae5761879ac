package org.arflow.claims;

import java.math.BigDecimal;

/**
 * Open AR of one payer in one aging bucket (0 = 0-30 days ... 4 = over 120 days since the date of
 * service): how many claims and the balance they carry.
 */
public record AgingRow(String payer, int bucket, long claims, BigDecimal balance) {

    public static final String[] BUCKETS = {"0-30", "31-60", "61-90", "91-120", "120+"};

    public String bucketLabel() {
        return BUCKETS[bucket];
    }
}
