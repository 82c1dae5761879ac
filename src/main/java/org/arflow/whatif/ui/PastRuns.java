package org.arflow.whatif.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.arflow.whatif.WhatIfRun;
import org.arflow.whatif.WhatIfService;

/** The latest runs; selecting one opens it, selecting several shows them one under the other to compare. */
final class PastRuns extends Grid<WhatIfRun> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WhatIfService whatIf;

    PastRuns(WhatIfService whatIf, Consumer<List<WhatIfRun>> open) {
        super(WhatIfRun.class, false);
        this.whatIf = whatIf;
        addColumn(WhatIfRun::id).setHeader("Run").setAutoWidth(true);
        addColumn(r -> WHEN.format(r.startedAt())).setHeader("Started").setAutoWidth(true);
        addColumn(WhatIfRun::startedBy).setHeader("By");
        addColumn(r -> r.status().name().toLowerCase() + (r.finished() ? "" : " " + Math.round(r.progress() * 100) + " %"))
                .setHeader("Status");
        addColumn(r -> r.parameters().claims() + " claims, " + r.parameters().horizonDays() + " days")
                .setHeader("Population").setAutoWidth(true);
        addColumn(WhatIfRun::sideA).setHeader("Side A").setAutoWidth(true);
        addColumn(WhatIfRun::sideB).setHeader("Side B").setAutoWidth(true);
        setSelectionMode(SelectionMode.MULTI);
        addSelectionListener(e -> open.accept(e.getAllSelectedItems().stream()
                .sorted(java.util.Comparator.comparingLong(WhatIfRun::id)).toList()));
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        refresh();
    }

    void refresh() {
        setItems(whatIf.latest());
    }
}
