package org.arflow.insights.ui;

import com.vaadin.flow.component.Html;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.arflow.tasks.QueueTrendRow;

/**
 * Open tasks per day as server-rendered SVG, one line per task type (teams summed; the team filter narrows
 * it to one team): no chart library, no npm build. Each line ends in its label and last value.
 */
final class TrendChart extends Html {

    private static final String[] COLOURS = {"#1f6fd1", "#d1491f", "#2a9d4b", "#8e44ad", "#c49a00", "#16a3a3",
            "#7f8c8d", "#b03060"};
    private static final int WIDTH = 900;
    private static final int HEIGHT = 240;
    private static final int LEFT = 40;
    private static final int RIGHT = 320; // the labels name whole task types: "Gather requested documentation: 20"
    private static final int TOP = 10;
    private static final int BOTTOM = 30;

    TrendChart(List<QueueTrendRow> rows) {
        // the browser parses the SVG inside a div as SVG; an svg root element itself would be created as HTML
        super("<div class=\"queue-trend-chart\">" + svg(rows) + "</div>");
    }

    static String svg(List<QueueTrendRow> rows) {
        Map<String, TreeMap<LocalDate, Long>> series = new TreeMap<>();
        rows.forEach(r -> series.computeIfAbsent(r.taskType(), k -> new TreeMap<>()).merge(r.day(), r.open(), Long::sum));
        List<LocalDate> days = rows.stream().map(QueueTrendRow::day).distinct().sorted().toList();
        long max = Math.max(1, series.values().stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).max().orElse(1));
        StringBuilder svg = new StringBuilder("<svg class=\"queue-trend\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH
                + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-label=\"Open tasks per day\">");
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        svg.append(line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH)).append(line(LEFT, TOP, LEFT, TOP + plotH));
        svg.append(text(LEFT - 4, TOP + 10, "end", String.valueOf(max))).append(text(LEFT - 4, TOP + plotH, "end", "0"));
        if (!days.isEmpty()) {
            svg.append(text(LEFT, HEIGHT - 8, "start", days.getFirst().toString()))
                    .append(text(LEFT + plotW, HEIGHT - 8, "end", days.getLast().toString()));
        }
        int colour = 0;
        for (var s : series.entrySet()) {
            String c = COLOURS[colour++ % COLOURS.length];
            String points = s.getValue().entrySet().stream().map(e -> x(days.indexOf(e.getKey()), days.size(), plotW) + ","
                    + (TOP + plotH - Math.round(plotH * (double) e.getValue() / max))).collect(Collectors.joining(" "));
            long last = s.getValue().lastEntry().getValue();
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(c).append("\" points=\"")
                    .append(points).append("\"><title>").append(escape(s.getKey())).append("</title></polyline>");
            svg.append("<text x=\"").append(LEFT + plotW + 8).append("\" y=\"").append(TOP + 12 + 16 * (colour - 1))
                    .append("\" font-size=\"12\" fill=\"").append(c).append("\" class=\"series\">")
                    .append(escape(s.getKey() + ": " + last)).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static long x(int index, int count, int plotW) {
        return LEFT + (count <= 1 ? 0 : Math.round(plotW * (double) index / (count - 1)));
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"#999\"/>";
    }

    private static String text(int x, int y, String anchor, String words) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"11\" text-anchor=\"" + anchor + "\">" + escape(words) + "</text>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
