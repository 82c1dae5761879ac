package org.arflow.tasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The work queues over HTTP: the same rules as the views (your teams only; supervisors assign). */
@RestController
@RequestMapping("/api/tasks")
@RolesAllowed({"BILLER", "SUPERVISOR"})
@Tag(name = "Work queues", description = "Team queue, my work, claim, give back, assign and snooze tasks")
class TaskQueueApi {

    record Assignment(List<Long> taskKeys, String assignee) {
    }

    record Snooze(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
    }

    private final WorkQueues queues;
    private final TaskAssignment assignment;
    private final TaskWork work;

    TaskQueueApi(WorkQueues queues, TaskAssignment assignment, TaskWork work) {
        this.queues = queues;
        this.assignment = assignment;
        this.work = work;
    }

    @GetMapping("/queue")
    @Operation(summary = "Unclaimed tasks of your teams, highest priority first (filters optional, page from 0)")
    List<QueueTask> queue(Authentication user, @RequestParam(required = false) String taskType,
                          @RequestParam(required = false) String payer, @RequestParam(required = false) AgingBucket aging,
                          @RequestParam(required = false) BigDecimal minBalance,
                          @RequestParam(required = false) BigDecimal maxBalance,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy,
                          @RequestParam(required = false) String claimId, @RequestParam(required = false) String team,
                          @RequestParam(defaultValue = "PRIORITY") QueueSort.Key sort,
                          @RequestParam(defaultValue = "true") boolean descending,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        QueueFilter filter = new QueueFilter(taskType, payer, aging, minBalance, maxBalance, dueBy, claimId, team);
        int pageSize = Math.clamp(size, 1, WorkQueues.MAX_PAGE);
        return queues.teamQueue(Actor.of(user), filter, new QueueSort(sort, descending),
                (long) Math.max(0, page) * pageSize, pageSize);
    }

    @GetMapping("/mine")
    @Operation(summary = "Open tasks you hold, highest priority first")
    List<QueueTask> mine(Authentication user, @RequestParam(defaultValue = "false") boolean withSnoozed,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        int pageSize = Math.clamp(size, 1, WorkQueues.MAX_PAGE);
        return queues.myWork(Actor.of(user), withSnoozed, QueueFilter.none(), QueueSort.byPriority(),
                (long) Math.max(0, page) * pageSize, pageSize);
    }

    @GetMapping("/{taskKey}")
    @Operation(summary = "A task of your teams with its claim, timeline, remittances and form (audited)")
    TaskDetail detail(@PathVariable long taskKey, Authentication user) {
        return work.open(taskKey, Actor.of(user));
    }

    @PostMapping("/{taskKey}/claim")
    @Operation(summary = "Claim a task: the first claim wins; 409 names who holds it")
    Map<String, Object> claim(@PathVariable long taskKey, Authentication user) {
        assignment.claim(taskKey, Actor.of(user));
        return Map.of("taskKey", taskKey, "assignee", user.getName());
    }

    @PostMapping("/{taskKey}/unclaim")
    @Operation(summary = "Give a task you hold back to its team's queue (supervisors: any task)")
    Map<String, Object> unclaim(@PathVariable long taskKey, Authentication user) {
        assignment.unclaim(taskKey, Actor.of(user));
        return Map.of("taskKey", taskKey, "assignee", "");
    }

    @PostMapping("/assign")
    @RolesAllowed("SUPERVISOR")
    @Operation(summary = "Supervisors: assign or reassign tasks to a user (assignee null: back to the queue)")
    TaskAssignment.Assigned assign(@RequestBody Assignment body, Authentication user) {
        return assignment.assign(body.taskKeys() == null ? List.of() : body.taskKeys(), body.assignee(),
                Actor.of(user));
    }

    @PostMapping("/{taskKey}/snooze")
    @Operation(summary = "Set a follow-up date: the task leaves the queues until then (until null: back now)")
    Map<String, Object> snooze(@PathVariable long taskKey, @RequestBody Snooze body, Authentication user) {
        if (body.until() == null) {
            assignment.wake(taskKey, Actor.of(user));
        } else {
            assignment.snooze(taskKey, body.until(), Actor.of(user));
        }
        return Map.of("taskKey", taskKey, "snoozedUntil", body.until() == null ? "" : body.until().toString());
    }
}
