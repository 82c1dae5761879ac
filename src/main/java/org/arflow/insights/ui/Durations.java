package org.arflow.insights.ui;

/** Times spent at an element, short and readable: "45s", "3h 5m", "2d 4h". */
final class Durations {

    private Durations() {
    }

    static String of(Double seconds) {
        if (seconds == null) {
            return "";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        long m = s / 60;
        if (m < 60) {
            return m + "m";
        }
        long h = m / 60;
        if (h < 24) {
            return h + "h " + m % 60 + "m";
        }
        return h / 24 + "d " + h % 24 + "h";
    }
}
