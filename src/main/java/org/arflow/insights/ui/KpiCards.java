package org.arflow.insights.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import org.arflow.insights.Kpi;
import org.arflow.ui.Badge;

/** One card per KPI: the value, its benchmark beside it, and its definition as the tooltip. */
final class KpiCards extends FlexLayout {

    KpiCards(List<Kpi> kpis) {
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
        kpis.forEach(k -> add(card(k)));
    }

    private static Div card(Kpi k) {
        Span name = new Span(k.name());
        name.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Span value = new Span(k.display());
        value.addClassName("kpi-value");
        value.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("display", "block");
        Span benchmark = new Span("Benchmark: " + k.benchmark());
        Badge.Tone tone = Boolean.FALSE.equals(k.onTarget()) ? Badge.Tone.ERROR
                : Boolean.TRUE.equals(k.onTarget()) ? Badge.Tone.SUCCESS : Badge.Tone.CONTRAST;
        Badge.style(benchmark, tone);
        benchmark.addClassName("kpi-" + tone.name().toLowerCase(java.util.Locale.ROOT));
        Div card = new Div(name, value, benchmark);
        card.addClassName("kpi-" + k.key());
        card.setTitle(k.definition());
        card.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("min-width", "14em")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)");
        return card;
    }
}
