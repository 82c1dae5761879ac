package org.arflow.tasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
@RolesAllowed({"BILLER", "SUPERVISOR"})
@Tag(name = "Tasks", description = "The human steps of the follow-up: list the ones you may work, complete them")
class TaskApi {

    private final TaskService tasks;
    private final TaskWork work;

    TaskApi(TaskService tasks, TaskWork work) {
        this.tasks = tasks;
        this.work = work;
    }

    @GetMapping
    @Operation(summary = "Open tasks assigned to you or offered to your teams (supervisors: all)")
    List<UserTask> open(Authentication user) {
        Actor actor = Actor.of(user);
        return tasks.openTasksFor(actor.username(), actor.supervisor());
    }

    @PostMapping("/{taskKey}/complete")
    @Operation(summary = "Complete a task with its outcome (the form's fields, checked); the process moves on")
    Map<String, Object> complete(@PathVariable long taskKey, @RequestBody Map<String, Object> outcome,
                                 Authentication user) {
        work.complete(taskKey, outcome, Actor.of(user));
        return Map.of("taskKey", taskKey, "completed", true);
    }
}
