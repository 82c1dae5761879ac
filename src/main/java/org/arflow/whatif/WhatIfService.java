package org.arflow.whatif;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.arflow.claims.NoWorkAdjustments;
import org.arflow.payers.PayerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Starts what-if runs on a background executor, one at a time with a short queue (each run keeps several
 * scratch engines busy; the live engine is never used), records their progress and keeps their results.
 */
@Service
public class WhatIfService {

    private static final Logger log = LoggerFactory.getLogger(WhatIfService.class);
    /** Progress is written at most this often (per mille of the run). */
    private static final double PROGRESS_STEP = 0.01;

    private final WhatIfRuns runs;
    private final LiveProcesses live;
    private final Sides sides;
    private final WhatIfSimulator simulator;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(2), Thread.ofPlatform().name("whatif-run-", 0).daemon().factory());

    WhatIfService(WhatIfRuns runs, LiveProcesses live, Sides sides, PayerService payers, NoWorkAdjustments noWork,
                  @Value("${arflow.whatif.parallel-engines:16}") int parallelEngines) {
        this.runs = runs;
        this.live = live;
        this.sides = sides;
        this.simulator = new WhatIfSimulator(payers::findByName, noWork::policy, parallelEngines);
    }

    /** The live files (bpmn/), as the live engine runs them. */
    public ProcessVersion live() {
        return live.live();
    }

    /**
     * The files of what the user picked for a side. Refused with an IllegalArgumentException that says why
     * (no such version or draft, a file that is no process), and with an AccessDeniedException when the user
     * may not read the draft.
     */
    public ProcessVersion side(SideChoice choice, String user) {
        return sides.resolve(choice, user);
    }

    /** The deployed versions of claim-follow-up and the drafts this user may put on a side. */
    public SideOptions sideOptions(String user) {
        return sides.options(user);
    }

    /** Queues a run of what the user picked for each side (see {@link #side}). */
    public long start(String startedBy, WhatIfParameters p, SideChoice a, SideChoice b) {
        p.checkPayers();
        return start(startedBy, p, side(a, startedBy), side(b, startedBy));
    }

    /** Queues a run; refused at once when a side cannot be simulated or the queue is full. */
    public long start(String startedBy, WhatIfParameters p, ProcessVersion a, ProcessVersion b) {
        p.checkPayers();
        VersionModel.of(a);
        VersionModel.of(b);
        long id = runs.create(startedBy, p, a, b);
        try {
            executor.execute(() -> execute(id, p, a, b));
        } catch (RejectedExecutionException e) {
            runs.failed(id, "Refused: other runs were waiting");
            throw new WhatIfBusyException();
        }
        return id;
    }

    private void execute(long id, WhatIfParameters p, ProcessVersion a, ProcessVersion b) {
        runs.running(id);
        double[] written = {0};
        try {
            List<SideResult> results = simulator.run(p, a, b, share -> {
                synchronized (written) {
                    if (share - written[0] >= PROGRESS_STEP) {
                        written[0] = share;
                        runs.progress(id, share);
                    }
                }
            });
            runs.done(id, results.get(0), results.get(1));
            log.info("What-if run {} done in {} ms", id, results.get(1).wallMillis());
        } catch (RuntimeException e) {
            log.warn("What-if run {} failed: {}", id, e.getMessage());
            runs.failed(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    public Optional<WhatIfRun> run(long id) {
        return runs.find(id);
    }

    public List<WhatIfRun> latest() {
        return runs.latest(50);
    }

    @EventListener(ApplicationReadyEvent.class)
    void abandonRunsOfAnEarlierStart() {
        int abandoned = runs.abandonUnfinished();
        if (abandoned > 0) {
            log.info("{} what-if runs of an earlier start were marked failed", abandoned);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
