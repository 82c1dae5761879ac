package org.arflow.tasks;

/** The supervisors' team and payer filter on the task rollups and task rows (parameters :team, :payer; null = all). */
final class RollupFilter {

    static final String TEAM_AND_PAYER = """
            (cast(:team as text) is null or queue_team = :team)
            and (cast(:payer as text) is null or lower(payer_name) = lower(:payer))""";

    private RollupFilter() {
    }
}
