package org.arflow.whatif;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivateJobsResponse;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import org.arflow.claims.FollowUpContract;
import org.arflow.claims.PostingPolicy;
import org.arflow.engine.ScratchEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Some claims of one side on a private scratch engine of their own. Time moves a day at a time: the clock
 * advances and the timers due fire, then the claims of the day are submitted, the payers' messages of the day
 * are published and the human tasks whose handling time is over are completed, each step in turns per claim
 * (see {@link ClaimTurns}), and the app's service tasks are done at once, as its workers would, round after
 * round until none is left. After each step the engine settles: everything it was given and everything that
 * led to is done before the next step, so the same claims give the same results on every run.
 * Jobs are fetched by polling, only for the job types that have jobs waiting.
 */
final class Cohort {

    static final String USER_TASK = "io.camunda.zeebe:userTask";
    private static final Logger log = LoggerFactory.getLogger(Cohort.class);
    private static final Duration MESSAGE_TIME_TO_LIVE = Duration.ofDays(30);
    private static final int MAX_ROUNDS_A_DAY = 40;
    private static final int MAX_JOBS = 5_000;
    /** How long an engine may take to settle before the simulation goes on regardless (logged). */
    private static final Duration SETTLE_PATIENCE = Duration.ofSeconds(30);
    /** Longest wait for an answer; answers come at once, failed ones too (see ClaimTurns.awaitAll). */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration SERVICE_JOB_TIMEOUT = Duration.ofHours(1);
    private static final Duration USER_TASK_TIMEOUT = Duration.ofDays(5);

    private final VersionModel model;
    private final List<SimClaim> claims;
    private final int horizonDays;
    private final SimulatedPayers payers;
    private final SimulatedStaff staff;
    private final SimulatedWorkers workers;
    private final Map<String, SimClaim> byId = new HashMap<>();
    private final List<HumanTask> humans = new ArrayList<>();
    private final Map<String, Integer> tasksByType = new TreeMap<>();
    private final Set<Long> held = new HashSet<>();
    private ScratchEngine engine;
    private CamundaClient client;
    private LocalDate startDate;

    private record HumanTask(long key, SimClaim claim, String form, String name, int dueDay) {
    }

    Cohort(VersionModel model, List<SimClaim> claims, int horizonDays, double statusAnswerRate, PostingPolicy policy) {
        this.model = model;
        this.claims = claims;
        this.horizonDays = horizonDays;
        this.payers = new SimulatedPayers(statusAnswerRate, policy);
        this.staff = new SimulatedStaff(payers);
        this.workers = new SimulatedWorkers(payers);
        claims.forEach(c -> byId.put(c.claimId(), c));
    }

    /** Runs the horizon; {@code dayDone} hears of each simulated day. */
    CohortTally run(IntConsumer dayDone) {
        try (ScratchEngine scratch = ScratchEngine.start()) {
            engine = scratch;
            client = scratch.client();
            deploy();
            Instant now = Instant.now();
            startDate = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
            scratch.advanceClock(Duration.between(now, startDate.atStartOfDay(ZoneOffset.UTC).toInstant()));
            List<SimClaim> bySubmission = claims.stream().sorted(Comparator.comparingInt(c -> c.submittedDay)).toList();
            int next = 0;
            for (int day = 0; day < horizonDays; day++) {
                if (day > 0) {
                    scratch.advanceClock(Duration.ofDays(1));
                }
                settle(); // the timers of the day have fired, and what they led to is done
                ClaimTurns submissions = new ClaimTurns();
                for (; next < bySubmission.size() && bySubmission.get(next).submittedDay <= day; next++) {
                    SimClaim c = bySubmission.get(next);
                    int today = day;
                    submissions.add(c, () -> submit(c, today));
                }
                submissions.send(this::settle);
                publish(payers.due(day));
                completeHumanTasks(day);
                for (int round = 0; round < MAX_ROUNDS_A_DAY && doJobs(day) > 0; round++) {
                    // each round does the jobs the previous one led to
                }
                dayDone.accept(day);
            }
        }
        return CohortTally.of(claims, tasksByType);
    }

    /** Until the engine has done what it was given and the timers its clock has passed have fired. */
    private void settle() {
        if (!engine.settle(SETTLE_PATIENCE)) {
            log.warn("A what-if engine had not settled after {} s; the simulation goes on", SETTLE_PATIENCE.toSeconds());
        }
    }

    private void publish(List<PayerEvent> due) {
        ClaimTurns messages = new ClaimTurns();
        for (PayerEvent e : due) {
            messages.add(e.claim, () -> client.newPublishMessageCommand().messageName(e.message)
                    .correlationKey(e.claim.claimId()).timeToLive(MESSAGE_TIME_TO_LIVE).variables(e.variables)
                    .requestTimeout(PATIENCE).send().toCompletableFuture());
        }
        messages.send(this::settle);
    }

    /**
     * Activates the job types that have jobs waiting (one command each, in parallel) and does the jobs in the
     * order the engine made them: service tasks at once, as the app's workers would; human tasks are held
     * until their handling time is over. Returns how many there were.
     */
    private int doJobs(int day) {
        List<CompletableFuture<? extends ActivateJobsResponse>> asked = new ArrayList<>();
        for (String type : engine.waitingJobTypes()) {
            asked.add(client.newActivateJobsCommand().jobType(type).maxJobsToActivate(MAX_JOBS)
                    .timeout(USER_TASK.equals(type) ? USER_TASK_TIMEOUT : SERVICE_JOB_TIMEOUT)
                    .fetchVariables(List.of("claimId", "allowedShortfall")).requestTimeout(PATIENCE).send()
                    .toCompletableFuture());
        }
        List<ActivatedJob> jobs = new ArrayList<>();
        for (var f : asked) {
            try {
                jobs.addAll(f.join().getJobs());
            } catch (RuntimeException failed) {
                // these jobs come back after their timeout
            }
        }
        jobs.sort(Comparator.comparingLong(ActivatedJob::getKey));
        List<CompletableFuture<?>> completed = new ArrayList<>();
        for (ActivatedJob job : jobs) {
            SimClaim c = byId.get(String.valueOf(job.getVariablesAsMap().get("claimId")));
            if (USER_TASK.equals(job.getType())) {
                if (c != null && held.add(job.getKey())) { // a task held past its timeout comes again: once is enough
                    humans.add(new HumanTask(job.getKey(), c, job.getCustomHeaders().get("form"),
                            model.elementName(job.getBpmnProcessId(), job.getElementId()), day + staff.handlingDays(c)));
                }
                continue;
            }
            if (c != null) {
                workers.step(job, c, day);
            }
            completed.add(client.newCompleteCommand(job.getKey()).requestTimeout(PATIENCE).send().toCompletableFuture());
        }
        ClaimTurns.awaitAll(completed);
        settle();
        return jobs.size();
    }

    private void deploy() {
        var command = client.newDeployResourceCommand();
        Map<String, byte[]> files = model.deployable();
        var names = new ArrayList<>(files.keySet());
        var step = command.addResourceBytes(files.get(names.getFirst()), names.getFirst());
        for (String name : names.subList(1, names.size())) {
            step = step.addResourceBytes(files.get(name), name);
        }
        for (int attempt = 1; ; attempt++) { // the same files again make no new version
            try {
                step.requestTimeout(PATIENCE).send().join();
                return;
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private CompletableFuture<?> submit(SimClaim c, int day) {
        payers.submitted(c, day);
        return client.newCreateInstanceCommand().bpmnProcessId(VersionModel.CLAIM_PROCESS).latestVersion()
                .variables(FollowUpContract.startVariables(c.claimId(), c.payer, c.claim.total(), c.expected,
                        startDate.plusDays(c.serviceDayOffset()))).requestTimeout(PATIENCE).send().toCompletableFuture();
    }

    private void completeHumanTasks(int day) {
        List<HumanTask> due = humans.stream().filter(h -> h.dueDay() <= day)
                .sorted(Comparator.comparingInt(HumanTask::dueDay).thenComparingLong(HumanTask::key)).toList();
        humans.removeAll(due);
        due.forEach(h -> held.remove(h.key()));
        ClaimTurns completions = new ClaimTurns();
        for (HumanTask h : due) {
            completions.add(h.claim(), () -> client.newCompleteCommand(h.key())
                    .variables(staff.outcome(h.form(), h.claim(), day)).requestTimeout(PATIENCE).send()
                    .toCompletableFuture().handle((ok, failure) -> {
                        if (failure == null) { // a task its process withdrew meanwhile was nobody's work
                            touched(h);
                        }
                        return null;
                    }));
        }
        completions.send(this::settle);
    }

    private synchronized void touched(HumanTask h) { // completion callbacks run on the client's threads
        h.claim().touches++;
        tasksByType.merge(h.name(), 1, Integer::sum);
    }
}
