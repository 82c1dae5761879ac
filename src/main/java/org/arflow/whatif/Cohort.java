package org.arflow.whatif;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ActivateJobsResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import org.arflow.engine.ScratchEngine;

/**
 * Some claims of one side on a private scratch engine of their own (few live instances keep the in-memory
 * engine fast). Time moves a day at a time: the clock advances and timers fire, claims of the day are
 * submitted, the payers' messages of the day are published, human tasks whose handling time is over are
 * completed, and the app's service tasks are done at once, as its workers would. Jobs are fetched by polling
 * (one activation per job type and round); with job streaming some commands were never answered under load.
 */
final class Cohort {

    static final String USER_TASK = "io.camunda.zeebe:userTask";
    private static final Duration MESSAGE_TIME_TO_LIVE = Duration.ofDays(30);
    private static final int MAX_ROUNDS_A_DAY = 40;
    private static final int MAX_JOBS = 5_000;
    private static final Duration IDLE_PATIENCE = Duration.ofSeconds(30);
    /**
     * How long to wait for an answer. The in-memory engine sometimes loses one (a background actor of the engine
     * modifies its in-memory state while the answer is being sent: ConcurrentModificationException), although the
     * command was carried out; a command without an answer by then is taken as done. Jobs whose activation answer
     * was lost come back when their timeout passes (the next simulated day for service tasks).
     */
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration SERVICE_JOB_TIMEOUT = Duration.ofHours(1);
    private static final Duration USER_TASK_TIMEOUT = Duration.ofDays(5);

    private final ProcessVersion version;
    private final VersionModel model;
    private final List<SimClaim> claims;
    private final int horizonDays;
    private final SimulatedPayers payers;
    private final SimulatedStaff staff;
    private final SimulatedWorkers workers;
    private final Map<String, SimClaim> byId = new HashMap<>();
    private final List<HumanTask> humans = new ArrayList<>();
    private final Map<String, Integer> tasksByType = new java.util.TreeMap<>();
    private final java.util.Set<Long> held = new java.util.HashSet<>();
    private CamundaClient client;
    private LocalDate startDate;

    private record HumanTask(long key, SimClaim claim, String form, String name, int dueDay) {
    }

    Cohort(ProcessVersion version, VersionModel model, List<SimClaim> claims, int horizonDays, double statusAnswerRate) {
        this.version = version;
        this.model = model;
        this.claims = claims;
        this.horizonDays = horizonDays;
        this.payers = new SimulatedPayers(statusAnswerRate);
        this.staff = new SimulatedStaff(payers);
        this.workers = new SimulatedWorkers(payers);
        claims.forEach(c -> byId.put(c.claimId(), c));
    }

    /** Runs the horizon; {@code dayDone} hears of each simulated day. */
    CohortTally run(IntConsumer dayDone) {
        try (ScratchEngine engine = ScratchEngine.start()) {
            client = engine.client();
            deploy();
            Instant now = Instant.now();
            startDate = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
            engine.advanceClock(Duration.between(now, startDate.atStartOfDay(ZoneOffset.UTC).toInstant()));
            List<SimClaim> bySubmission = claims.stream().sorted(Comparator.comparingInt(c -> c.submittedDay)).toList();
            int next = 0;
            for (int day = 0; day < horizonDays; day++) {
                if (day > 0) {
                    engine.advanceClock(Duration.ofDays(1));
                }
                // timers of the day fire; what the previous day's last jobs led to is done
                engine.waitForIdle(IDLE_PATIENCE);
                List<CompletableFuture<?>> sent = new ArrayList<>();
                for (; next < bySubmission.size() && bySubmission.get(next).submittedDay <= day; next++) {
                    sent.add(submit(bySubmission.get(next), day));
                }
                for (PayerEvent e : payers.due(day)) {
                    sent.add(client.newPublishMessageCommand().messageName(e.message).correlationKey(e.claim.claimId())
                            .timeToLive(MESSAGE_TIME_TO_LIVE).variables(e.variables).requestTimeout(PATIENCE).send()
                            .toCompletableFuture());
                }
                sent.addAll(completeHumanTasks(day));
                awaitAll(sent);
                for (int round = 0; round < MAX_ROUNDS_A_DAY && doJobs(day) > 0; round++) {
                    // each round does the jobs the previous one led to
                }
                dayDone.accept(day);
            }
        }
        return CohortTally.of(claims, tasksByType);
    }

    /**
     * Activates every job type (one command each, in parallel) and does the jobs: service tasks at once, as the
     * app's workers would; human tasks are held until their handling time is over. Returns how many there were.
     */
    private int doJobs(int day) {
        List<CompletableFuture<? extends ActivateJobsResponse>> asked = new ArrayList<>();
        for (String type : model.jobTypes()) {
            asked.add(client.newActivateJobsCommand().jobType(type).maxJobsToActivate(MAX_JOBS)
                    .timeout(USER_TASK.equals(type) ? USER_TASK_TIMEOUT : SERVICE_JOB_TIMEOUT)
                    .fetchVariables(List.of("claimId", "allowedShortfall")).requestTimeout(PATIENCE).send()
                    .toCompletableFuture());
        }
        List<ActivatedJob> jobs = new ArrayList<>();
        for (var f : asked) {
            try {
                jobs.addAll(f.join().getJobs());
            } catch (RuntimeException lost) {
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
        awaitAll(completed);
        return jobs.size();
    }

    /** Waits for the answers; a lost one counts as done (see PATIENCE). */
    private static void awaitAll(List<CompletableFuture<?>> sent) {
        for (CompletableFuture<?> f : sent) {
            try {
                f.join();
            } catch (RuntimeException lost) {
                // carried out without an answer, or refused (a task its process withdrew): nothing to redo
            }
        }
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
                .variables(ClaimStart.variables(c, startDate)).requestTimeout(PATIENCE).send().toCompletableFuture();
    }

    private List<CompletableFuture<?>> completeHumanTasks(int day) {
        List<HumanTask> due = humans.stream().filter(h -> h.dueDay() <= day)
                .sorted(Comparator.comparingInt(HumanTask::dueDay).thenComparingLong(HumanTask::key)).toList();
        humans.removeAll(due);
        due.forEach(h -> held.remove(h.key()));
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (HumanTask h : due) {
            Map<String, Object> outcome = staff.outcome(h.form(), h.claim(), day);
            sent.add(client.newCompleteCommand(h.key()).variables(outcome).requestTimeout(PATIENCE).send().toCompletableFuture()
                    .handle((ok, failure) -> {
                        if (failure == null) { // a task its process withdrew meanwhile was nobody's work
                            touched(h);
                        }
                        return null;
                    }));
        }
        return sent;
    }

    private synchronized void touched(HumanTask h) { // completion callbacks run on the client's threads
        h.claim().touches++;
        tasksByType.merge(h.name(), 1, Integer::sum);
    }
}
