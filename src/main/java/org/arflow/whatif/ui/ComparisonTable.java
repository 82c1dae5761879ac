package org.arflow.whatif.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.arflow.whatif.SideResult;
import org.arflow.whatif.WhatIfRun;

/** Both sides of a run, measure by measure, with the difference (B minus A). */
final class ComparisonTable extends Grid<ComparisonTable.Row> {

    record Row(String measure, String a, String b, String difference) {
    }

    ComparisonTable(WhatIfRun run) {
        super(Row.class, false);
        addColumn(Row::measure).setHeader("Measure").setAutoWidth(true).setFlexGrow(2);
        addColumn(Row::a).setHeader("A: " + run.sideA());
        addColumn(Row::b).setHeader("B: " + run.sideB());
        addColumn(Row::difference).setHeader("B − A");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        setItems(rows(run.resultA(), run.resultB()));
        addClassName("whatif-comparison");
    }

    static List<Row> rows(SideResult a, SideResult b) {
        List<Row> rows = new ArrayList<>();
        rows.add(number("Claims", a, b, r -> (double) r.claims()));
        rows.add(number("Resolved within the horizon", a, b, r -> (double) r.resolved()));
        rows.add(number("Days to resolution, mean", a, b, SideResult::meanDaysToResolution));
        rows.add(number("Days to resolution, p90", a, b, SideResult::p90DaysToResolution));
        rows.add(number("Human touches per claim", a, b, SideResult::touchesPerClaim));
        rows.add(number("Claims past timely filing", a, b, r -> (double) r.pastTimelyFiling()));
        rows.add(money("Collected within 30 days", a, b, SideResult::collected30));
        rows.add(money("Collected within 60 days", a, b, SideResult::collected60));
        rows.add(money("Collected within 90 days", a, b, SideResult::collected90));
        TreeSet<String> tasks = new TreeSet<>(a.tasksByType().keySet());
        tasks.addAll(b.tasksByType().keySet());
        for (String task : tasks) {
            rows.add(number("Work: " + task, a, b, r -> (double) r.tasksByType().getOrDefault(task, 0)));
        }
        return rows;
    }

    private static Row number(String name, SideResult a, SideResult b, Function<SideResult, Double> f) {
        double x = f.apply(a);
        double y = f.apply(b);
        return new Row(name, format(x), format(y), (y - x > 0 ? "+" : "") + format(y - x));
    }

    private static Row money(String name, SideResult a, SideResult b, Function<SideResult, BigDecimal> f) {
        BigDecimal x = f.apply(a);
        BigDecimal y = f.apply(b);
        BigDecimal d = y.subtract(x);
        return new Row(name, "$" + x.toPlainString(), "$" + y.toPlainString(), (d.signum() > 0 ? "+$" : d.signum() < 0 ? "-$" : "$")
                + d.abs().toPlainString());
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.2f", value);
    }
}
