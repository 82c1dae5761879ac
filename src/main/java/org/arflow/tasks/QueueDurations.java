package org.arflow.tasks;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The period's median wait before claim and median handling time per task type and team, exact to the second,
 * from the durations the rollup task_duration_day keeps per office day (V24): a few thousand short arrays are read
 * and their middle values selected here, instead of sorting the period's task rows in the database.
 */
@Component
class QueueDurations {

    /** A queue: task type and team ('' for none). */
    record Queue(String taskType, String team) {
    }

    /** Medians of a queue over the period; null when no task was claimed / completed in it. */
    record Medians(Duration beforeClaim, Duration handling) {
    }

    private final JdbcClient jdbc;

    QueueDurations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Queue, Medians> medians(LocalDate from, LocalDate to, String team, String payer) {
        Map<Queue, Samples> waits = new HashMap<>();
        Map<Queue, Samples> handling = new HashMap<>();
        jdbc.sql("select name, queue_team, kind, seconds from task_duration_day where day >= :from and day <= :to and "
                        + RollupFilter.TEAM_AND_PAYER).param("from", from).param("to", to).param("team", team).param("payer", payer)
                .query(rs -> {
                    Queue queue = new Queue(rs.getString(1), rs.getString(2));
                    Object[] seconds = (Object[]) rs.getArray(4).getArray();
                    ("W".equals(rs.getString(3)) ? waits : handling).computeIfAbsent(queue, q -> new Samples()).add(seconds);
                });
        Map<Queue, Medians> medians = new HashMap<>();
        waits.forEach((q, s) -> medians.put(q, new Medians(s.median(), null)));
        handling.forEach((q, s) -> medians.merge(q, new Medians(null, s.median()),
                (w, h) -> new Medians(w.beforeClaim(), h.handling())));
        return medians;
    }

    /** Durations in seconds, collected from the day arrays of one queue. */
    private static final class Samples {

        private int[] values = new int[16];
        private int size;

        void add(Object[] seconds) {
            if (size + seconds.length > values.length) {
                values = Arrays.copyOf(values, Math.max(values.length * 2, size + seconds.length));
            }
            for (Object s : seconds) {
                values[size++] = ((Number) s).intValue();
            }
        }

        /** As percentile_cont(0.5): the middle value, or the mean of the two middle values. */
        Duration median() {
            if (size == 0) {
                return null;
            }
            int[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            long twice = size % 2 == 1 ? 2L * sorted[size / 2] : (long) sorted[size / 2 - 1] + sorted[size / 2];
            return Duration.ofMillis(twice * 500);
        }
    }
}
