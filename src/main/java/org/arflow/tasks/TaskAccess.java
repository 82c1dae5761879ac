package org.arflow.tasks;

import java.util.List;
import org.arflow.security.Role;
import org.arflow.security.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * Who may see a task: its holder, the members of the teams it is offered to, and supervisors. A task
 * anyone else asks for reads as not found, by URL and API alike. Who may work it: see {@link #mayWork}.
 */
@Component
class TaskAccess {

    private final QueueQueries queries;
    private final UserDirectory users;

    TaskAccess(QueueQueries queries, UserDirectory users) {
        this.queries = queries;
        this.users = users;
    }

    List<String> teams(Actor actor) {
        return users.teams(actor.username());
    }

    boolean maySee(QueueTask task, Actor actor) {
        return actor.supervisor() || actor.username().equals(task.assignee())
                || task.candidateGroups().stream().anyMatch(teams(actor)::contains);
    }

    /** The task, if the person may see it; any task they may not see is "not found". */
    QueueTask visible(long taskKey, Actor actor) {
        return queries.find(taskKey).filter(t -> maySee(t, actor)).orElseThrow(() -> new TaskNotFoundException(taskKey));
    }

    /**
     * Whether the person may hold and complete a task offered to these groups: a member of one of them, or a
     * supervisor (who works every queue). The group is a hard rule: being handed a task does not change it.
     */
    boolean mayWork(List<String> candidateGroups, String username) {
        return candidateGroups.isEmpty() || users.hasRole(username, Role.SUPERVISOR)
                || candidateGroups.stream().anyMatch(users.teams(username)::contains);
    }

    String nameOf(String username) {
        return users.displayName(username);
    }
}
