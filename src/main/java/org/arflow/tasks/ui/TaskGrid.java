package org.arflow.tasks.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import org.arflow.tasks.AgingBucket;
import org.arflow.tasks.QueueSort;
import org.arflow.tasks.QueueTask;

/**
 * The queue grid: claim (a link to the task), task, payer, balance, age, due date, the deadline that
 * matters, and the priority score with its reasons in a tooltip. Sorting is done by the database.
 */
class TaskGrid extends Grid<QueueTask> {

    private final Column<QueueTask> scoreColumn;

    TaskGrid(LocalDate today) {
        super(QueueTask.class, false);
        scoreColumn = addComponentColumn(t -> score(t, today)).setHeader("Priority").setKey("priority").setWidth("7em").setFlexGrow(0)
                .setSortable(true).setSortProperty(QueueSort.Key.PRIORITY.name());
        scoreColumn.setTooltipGenerator(t -> t.score(today).explanation());
        addComponentColumn(t -> new RouterLink(t.claimId() == null ? "Task " + t.taskKey() : t.claimId(),
                TaskDetailView.class, t.taskKey())).setHeader("Claim").setAutoWidth(true);
        addColumn(QueueTask::name).setHeader("Task").setAutoWidth(true).setFlexGrow(1);
        addColumn(QueueTask::payerName).setHeader("Payer").setAutoWidth(true);
        addColumn(t -> Formats.money(t.balance())).setHeader("Balance").setAutoWidth(true)
                .setSortable(true).setSortProperty(QueueSort.Key.BALANCE.name())
                .setPartNameGenerator(t -> "money");
        addColumn(t -> t.serviceDate() == null ? Formats.NONE : Formats.date(t.serviceDate()) + " · "
                + AgingBucket.of(java.time.temporal.ChronoUnit.DAYS.between(t.serviceDate(), today)).label())
                .setHeader("Date of service").setAutoWidth(true)
                .setSortable(true).setSortProperty(QueueSort.Key.SERVICE_DATE.name());
        addColumn(t -> Formats.dueText(t.dueAt(), today)).setHeader("Due").setAutoWidth(true)
                .setSortable(true).setSortProperty(QueueSort.Key.DUE.name());
        addColumn(t -> deadline(t, today)).setHeader("Deadline").setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setMultiSort(false);
        setEmptyStateText("No tasks here.");
    }

    /** Highest priority first, as every queue opens. */
    void sortByPriority() {
        sort(List.of(new GridSortOrder<>(scoreColumn, SortDirection.DESCENDING)));
    }

    /** The grid's sort as the queue query takes it; priority first when none is chosen. */
    static QueueSort sortOf(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return QueueSort.byPriority();
        }
        var order = orders.getFirst();
        return new QueueSort(QueueSort.Key.valueOf(order.getSorted()), order.getDirection() == SortDirection.DESCENDING);
    }

    private static Span score(QueueTask t, LocalDate today) {
        Span badge = org.arflow.ui.Badge.of(String.valueOf(t.priorityScore()), t.priorityScore() >= 60
                ? org.arflow.ui.Badge.Tone.ERROR : t.priorityScore() >= 35 ? org.arflow.ui.Badge.Tone.PRIMARY
                : org.arflow.ui.Badge.Tone.CONTRAST);
        badge.getElement().setAttribute("aria-label", t.score(today).explanation());
        badge.addClassName("priority-score");
        return badge;
    }

    private static String deadline(QueueTask t, LocalDate today) {
        var score = t.score(today);
        if (score.deadline() == null) {
            return Formats.NONE;
        }
        String name = score.deadlineName().startsWith("Appeal") ? "Appeal" : "Timely filing";
        return name + " " + Formats.date(score.deadline()) + " (" + score.daysLeft() + " days)";
    }
}
