package org.arflow.tasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    TaskApi(TaskService tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    @Operation(summary = "Open tasks assigned to you or offered to your teams (supervisors: all)")
    List<UserTask> open(Authentication user) {
        return tasks.openTasksFor(user.getName(), isSupervisor(user));
    }

    @PostMapping("/{taskKey}/complete")
    @Operation(summary = "Complete a task with its outcome (the form's fields); the process moves on")
    Map<String, Object> complete(@PathVariable long taskKey, @RequestBody Map<String, Object> outcome,
                                 Authentication user) {
        tasks.complete(taskKey, outcome, user.getName(), isSupervisor(user));
        return Map.of("taskKey", taskKey, "completed", true);
    }

    @ExceptionHandler(TaskNotFoundException.class)
    ProblemDetail notFound(TaskNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(StaleTaskException.class)
    ProblemDetail stale(StaleTaskException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    private static boolean isSupervisor(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_SUPERVISOR"));
    }
}
