package org.arflow.tasks;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The billers' queues: My work (what I hold) and the team queue (what my teams may take). */
@Service
public class WorkQueues {

    /** Largest page a caller gets, whatever it asks for. */
    static final int MAX_PAGE = 200;

    private final QueueQueries queries;
    private final TaskAccess access;
    private final OfficeCalendar calendar;
    private final org.arflow.payers.PayerService payers;
    private final org.arflow.security.UserDirectory users;

    WorkQueues(QueueQueries queries, TaskAccess access, OfficeCalendar calendar,
               org.arflow.payers.PayerService payers, org.arflow.security.UserDirectory users) {
        this.queries = queries;
        this.access = access;
        this.calendar = calendar;
        this.payers = payers;
        this.users = users;
    }

    /**
     * Unclaimed tasks offered to the person's teams, not snoozed; supervisors see every team's (or
     * the one team the filter names).
     */
    public List<QueueTask> teamQueue(Actor actor, QueueFilter filter, QueueSort sort, long offset, int limit) {
        int size = Math.clamp(limit, 1, MAX_PAGE);
        if (actor.supervisor()) {
            return queries.allTeams(filter, sort, calendar.today(), offset, size);
        }
        List<String> teams = access.teams(actor);
        if (filter.team() != null && !teams.contains(filter.team())) {
            return List.of();
        }
        return queries.teamQueue(teams, filter, sort, calendar.today(), offset, size);
    }

    /** Tasks the person holds; snoozed ones only when asked for. */
    public List<QueueTask> myWork(Actor actor, boolean withSnoozed, QueueFilter filter, QueueSort sort, long offset,
                                  int limit) {
        return queries.assignedTo(actor.username(), withSnoozed, filter, sort, calendar.today(), offset,
                Math.clamp(limit, 1, MAX_PAGE));
    }

    /** Task types with open tasks (element id to name), for the task type filter. */
    public Map<String, String> taskTypes() {
        return queries.openTaskTypes();
    }

    /** The teams the person works for. */
    public List<String> teams(Actor actor) {
        return access.teams(actor);
    }

    /** The teams a queue can be narrowed to: the person's own; every team for supervisors. */
    public List<String> filterTeams(Actor actor) {
        if (!actor.supervisor()) {
            return access.teams(actor);
        }
        return users.users().stream().flatMap(u -> u.teams().stream()).distinct().sorted().toList();
    }

    /** Payer names, for the payer filter. */
    public List<String> payerNames() {
        return payers.all().stream().map(org.arflow.payers.Payer::name).toList();
    }

    public OfficeCalendar calendar() {
        return calendar;
    }
}
