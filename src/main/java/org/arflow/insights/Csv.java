package org.arflow.insights;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.arflow.claims.AgingRow;
import org.arflow.tasks.ProductivityRow;
import org.arflow.tasks.QueueRow;

/** The dashboard's tables as CSV (RFC 4180), for spreadsheets. */
public final class Csv {

    private Csv() {
    }

    public static String aging(List<AgingRow> rows) {
        return table(List.of("payer", "bucket_days", "claims", "balance"),
                rows.stream().map(r -> List.of(r.payer(), r.bucketLabel(), r.claims(), r.balance())));
    }

    public static String kpis(List<Kpi> kpis) {
        return table(List.of("kpi", "value", "unit", "benchmark", "on_target", "definition"),
                kpis.stream().map(k -> List.of(k.name(), orEmpty(k.value()), k.unit(), k.benchmark(),
                        orEmpty(k.onTarget()), k.definition())));
    }

    public static String queues(List<QueueRow> rows) {
        return table(List.of("task_type", "team", "open", "balance", "oldest", "past_due", "median_wait_minutes",
                        "median_handling_minutes"),
                rows.stream().map(r -> List.of(r.taskType(), orEmpty(r.team()), r.open(), r.balance(),
                        orEmpty(r.oldest()), r.pastDue(), minutes(r.medianWait()), minutes(r.medianHandling()))));
    }

    public static String productivity(List<ProductivityRow> rows) {
        return table(List.of("user", "day", "task_type", "outcome", "completed"),
                rows.stream().map(r -> List.of(r.user(), r.day(), r.taskType(), r.outcome(), r.completed())));
    }

    /** The heatmap's element table; times in seconds (mean rounded to a second). */
    public static String heatmap(List<ElementHeat> rows) {
        return table(List.of("element_id", "element", "type", "waiting_now", "left", "mean_seconds", "p90_seconds"),
                rows.stream().map(r -> List.of(r.elementId(), r.name(), r.elementType(), r.waiting(), r.left(),
                        seconds(r.meanSeconds()), seconds(r.p90Seconds()))));
    }

    public static String waiting(List<WaitingClaim> rows) {
        return table(List.of("claim_id", "payer", "billed", "balance", "waiting_since"),
                rows.stream().map(r -> List.of(orEmpty(r.claimId()), orEmpty(r.payer()), orEmpty(r.billed()),
                        orEmpty(r.balance()), r.since())));
    }

    private static Object seconds(Double s) {
        return s == null ? "" : Math.round(s);
    }

    public static String incidents(List<org.arflow.incidents.Incident> rows) {
        return table(List.of("job_key", "job_type", "element", "claim", "error", "retries_left", "failures", "failed_at"),
                rows.stream().map(r -> List.of(r.jobKey(), r.jobType(), r.elementId(), orEmpty(r.claimId()),
                        r.errorMessage(), r.retriesLeft(), r.failures(), r.failedAt())));
    }

    public static String trend(List<org.arflow.tasks.QueueTrendRow> rows) {
        return table(List.of("day", "task_type", "team", "open"),
                rows.stream().map(r -> List.of(r.day(), r.taskType(), orEmpty(r.team()), r.open())));
    }

    static Object minutes(Duration d) {
        return d == null ? "" : d.toSeconds() / 60;
    }

    private static Object orEmpty(Object o) {
        return o == null ? "" : o;
    }

    private static String table(List<String> header, Stream<List<?>> rows) {
        return Stream.concat(Stream.of(header), rows)
                .map(row -> row.stream().map(Csv::cell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    /**
     * A number as it is (a negative balance stays a number); text that a spreadsheet would read as a formula
     * (a leading =, +, -, @, TAB or CR) is defused with a leading apostrophe, then quoted if it needs it.
     */
    static String cell(Object value) {
        String v = String.valueOf(value);
        if (value instanceof Number) {
            return v;
        }
        String safe = !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        return safe.matches("(?s).*[\",\r\n].*") ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
