package org.arflow.insights.ui;

import java.util.List;
import org.arflow.tasks.QueueTrendRow;

/** Opens the package-private chart to the insights tests. */
public final class TrendChartAccess {

    private TrendChartAccess() {
    }

    public static String svg(List<QueueTrendRow> rows) {
        return TrendChart.svg(rows);
    }
}
