package org.arflow.tasks;

/** How a queue is ordered; every order ends with the task key so that paging is stable. */
public record QueueSort(Key key, boolean descending) {

    /** The sortable columns; each maps to one indexed column of user_task. */
    public enum Key {
        PRIORITY("priority_score"), DUE("due_at"), BALANCE("balance"), SERVICE_DATE("service_date");

        final String column;

        Key(String column) {
            this.column = column;
        }
    }

    /** Highest priority score first: the default of every queue. */
    public static QueueSort byPriority() {
        return new QueueSort(Key.PRIORITY, true);
    }

    String orderBy(String alias) {
        String direction = descending ? " desc" : " asc";
        return alias + key.column + direction + ", " + alias + "job_key" + direction;
    }
}
