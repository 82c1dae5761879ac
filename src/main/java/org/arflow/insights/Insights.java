package org.arflow.insights;

import java.util.List;
import org.arflow.claims.AgingRow;
import org.arflow.claims.ArReport;
import org.arflow.tasks.OfficeCalendar;
import org.arflow.tasks.ProductivityRow;
import org.arflow.tasks.QueueRow;
import org.arflow.tasks.QueueStatistics;
import org.arflow.tasks.QueueTrend;
import org.arflow.tasks.QueueTrendRow;
import org.arflow.incidents.Incidents;
import org.springframework.stereotype.Service;

/** The supervisors' dashboard data: AR aging and KPIs from claims, queues and productivity from tasks. */
@Service
public class Insights {

    private final ArReport ar;
    private final QueueStatistics queues;
    private final OfficeCalendar calendar;
    private final QueueTrend trend;
    private final Incidents incidents;
    private final IncidentList incidentList;

    Insights(ArReport ar, QueueStatistics queues, OfficeCalendar calendar, QueueTrend trend, Incidents incidents,
             IncidentList incidentList) {
        this.ar = ar;
        this.queues = queues;
        this.calendar = calendar;
        this.trend = trend;
        this.incidents = incidents;
        this.incidentList = incidentList;
    }

    /** Open tasks at the end of each day of the period (default the last 30 days) per task type and team. */
    public List<QueueTrendRow> trend(InsightsFilter filter) {
        InsightsFilter f = filter.withDefaults(calendar.today());
        return trend.openPerDay(f.from(), f.to(), f.team(), f.payer());
    }

    /** Jobs whose retries ran out and that nobody retried yet. */
    public long openIncidents() {
        return incidents.openCount();
    }

    /** Open incidents that failed in the period, on claims of the payer / team (blank: all). */
    public List<org.arflow.incidents.Incident> incidents(InsightsFilter filter) {
        InsightsFilter f = filter.withDefaults(calendar.today());
        return incidentList.open(new InsightsFilter(filter.from(), filter.to(), f.payer(), f.team()));
    }

    /** Aging filters by date of service only when the supervisor chose dates (open AR is all ages). */
    public List<AgingRow> aging(InsightsFilter filter) {
        return ar.aging(filter.ar(), calendar.today());
    }

    public List<Kpi> kpis(InsightsFilter filter) {
        return Kpis.of(ar.figures(filter.ar(), calendar.today()), aging(filter));
    }

    public List<QueueRow> queues(InsightsFilter filter) {
        InsightsFilter f = filter.withDefaults(calendar.today());
        return queues.queues(f.from(), f.to(), f.team(), f.payer());
    }

    public List<ProductivityRow> productivity(InsightsFilter filter) {
        InsightsFilter f = filter.withDefaults(calendar.today());
        return queues.productivity(f.from(), f.to(), f.team(), f.payer());
    }

    public OfficeCalendar calendar() {
        return calendar;
    }
}
