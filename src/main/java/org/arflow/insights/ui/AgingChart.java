package org.arflow.insights.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.arflow.claims.AgingRow;

/** Open AR per aging bucket as horizontal CSS bars: no chart library, no npm build. */
final class AgingChart extends Div {

    AgingChart(List<AgingRow> rows) {
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.US);
        BigDecimal[] totals = new BigDecimal[AgingRow.BUCKETS.length];
        long[] counts = new long[totals.length];
        java.util.Arrays.fill(totals, BigDecimal.ZERO);
        rows.forEach(r -> {
            totals[r.bucket()] = totals[r.bucket()].add(r.balance());
            counts[r.bucket()] += r.claims();
        });
        BigDecimal max = java.util.Arrays.stream(totals).reduce(BigDecimal.ONE, BigDecimal::max);
        addClassName("aging-chart");
        // full width (up to 48em): in a column layout the grid would shrink to its text and leave the bars no room
        getStyle().set("display", "grid").set("grid-template-columns", "7em 1fr 12em").set("gap", "4px 8px")
                .set("width", "100%").set("max-width", "48em").set("align-items", "center");
        for (int b = 0; b < totals.length; b++) {
            Div bar = new Div();
            int percent = totals[b].multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).intValue();
            // older buckets in warmer colours: where the money is at risk
            String colour = b >= 3 ? "var(--lumo-error-color)" : b == 2 ? "#e8a33d" : "var(--lumo-primary-color)";
            bar.getStyle().set("width", percent + "%").set("height", "1.2em").set("background", colour)
                    .set("border-radius", "3px");
            add(new Span(AgingRow.BUCKETS[b] + " days"), bar,
                    new Span(money.format(totals[b]) + " (" + counts[b] + " claims)"));
        }
    }
}
