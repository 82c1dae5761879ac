package org.arflow.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How many tasks stood open at the end of each office day, per task type and team, computed from the
 * task history rather than daily snapshots: open at t = open now - created since t + closed since t. Open now
 * comes from the rollup task_open (V21), the created / closed counts per office day from task_day (V18), both
 * kept by triggers.
 */
@Service
public class QueueTrend {

    private record Key(String taskType, String team) {
    }

    private final JdbcClient jdbc;

    QueueTrend(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per day (from..to) and task type / team that had an open task in the period; by day, team, type. */
    public List<QueueTrendRow> openPerDay(LocalDate from, LocalDate to, String team, String payer) {
        Map<Key, Long> openNow = new HashMap<>();
        jdbc.sql("select name, nullif(queue_team, ''), sum(tasks) from task_open where " + RollupFilter.TEAM_AND_PAYER
                        + " group by 1, 2").param("team", team).param("payer", payer)
                .query(rs -> {
                    openNow.put(new Key(rs.getString(1), rs.getString(2)), rs.getLong(3));
                });
        // tasks created / closed per day since the period began (the days after 'to' count too)
        Map<Key, TreeMap<LocalDate, Long>> created = perDay("created", from, team, payer);
        Map<Key, TreeMap<LocalDate, Long>> closed = perDay("closed", from, team, payer);
        java.util.Set<Key> keys = new java.util.TreeSet<>(java.util.Comparator.comparing(Key::team,
                java.util.Comparator.nullsFirst(String::compareTo)).thenComparing(Key::taskType));
        keys.addAll(openNow.keySet());
        keys.addAll(created.keySet());
        keys.addAll(closed.keySet());
        List<QueueTrendRow> rows = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (Key key : keys) {
                long open = openNow.getOrDefault(key, 0L) - after(created.get(key), day) + after(closed.get(key), day);
                rows.add(new QueueTrendRow(day, key.taskType(), key.team(), Math.max(open, 0)));
            }
        }
        return rows;
    }

    private Map<Key, TreeMap<LocalDate, Long>> perDay(String column, LocalDate from, String team, String payer) {
        Map<Key, TreeMap<LocalDate, Long>> counts = new HashMap<>();
        jdbc.sql("select name, nullif(queue_team, ''), day, sum(" + column + ") from task_day where day >= :from and "
                        + RollupFilter.TEAM_AND_PAYER + " group by 1, 2, 3 having sum(" + column + ") <> 0")
                .param("from", from).param("team", team).param("payer", payer)
                .query(rs -> {
                    counts.computeIfAbsent(new Key(rs.getString(1), rs.getString(2)), k -> new TreeMap<>())
                            .put(rs.getObject(3, LocalDate.class), rs.getLong(4));
                });
        return counts;
    }

    /** Events on the days after this one (they had not happened at its end). */
    private static long after(TreeMap<LocalDate, Long> perDay, LocalDate day) {
        return perDay == null ? 0 : perDay.tailMap(day, false).values().stream().mapToLong(Long::longValue).sum();
    }
}
