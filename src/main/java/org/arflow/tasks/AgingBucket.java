package org.arflow.tasks;

import java.time.LocalDate;

/** AR aging by days since the date of service, the buckets every billing office reports in. */
public enum AgingBucket {
    DAYS_0_30("0-30 days", 0, 30),
    DAYS_31_60("31-60 days", 31, 60),
    DAYS_61_90("61-90 days", 61, 90),
    DAYS_91_120("91-120 days", 91, 120),
    OVER_120("Over 120 days", 121, null);

    private final String label;
    private final int fromDays;
    private final Integer toDays;

    AgingBucket(String label, int fromDays, Integer toDays) {
        this.label = label;
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    public String label() {
        return label;
    }

    /** The latest date of service in the bucket. */
    LocalDate serviceOnOrBefore(LocalDate today) {
        return today.minusDays(fromDays);
    }

    /** The earliest date of service in the bucket; null for the open-ended oldest bucket. */
    LocalDate serviceOnOrAfter(LocalDate today) {
        return toDays == null ? null : today.minusDays(toDays);
    }

    public static AgingBucket of(long ageDays) {
        for (AgingBucket bucket : values()) {
            if (bucket.toDays == null || ageDays <= bucket.toDays) {
                return bucket;
            }
        }
        return OVER_120;
    }
}
