package org.arflow.whatif;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.arflow.claims.PostingPolicy;
import org.arflow.payers.Payer;
import org.arflow.simulation.ClaimGenerator;
import org.arflow.simulation.SyntheticClaim;

/**
 * Runs the same synthetic population through two process versions, each cohort of claims on a scratch
 * engine of its own, never on the live engine. Both sides get the same claims, and each claim the same
 * payer answers and human choices, so the only difference is the process.
 */
public final class WhatIfSimulator {

    /** Dates of service are generated around this day and then moved to each engine's first day. */
    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 3);

    private final Function<String, Optional<Payer>> payers;
    private final Supplier<PostingPolicy> policy;
    private final int threads;

    /**
     * {@code threads}: how many cohorts run at once (each has its own engine); {@code policy}: how the simulated
     * payers' remittances are classified, as the posting classifies real ones (read once per run).
     */
    public WhatIfSimulator(Function<String, Optional<Payer>> payers, Supplier<PostingPolicy> policy, int threads) {
        this.payers = payers;
        this.policy = policy;
        this.threads = Math.max(1, threads);
    }

    /** Side A's result, then side B's; {@code progress} hears the share done (0 to 1). */
    public List<SideResult> run(WhatIfParameters p, ProcessVersion a, ProcessVersion b, DoubleConsumer progress) {
        List<ProcessVersion> sides = List.of(a, b);
        List<VersionModel> models = sides.stream().map(VersionModel::of).toList();
        List<SyntheticClaim> population = population(p);
        int cohorts = (population.size() + p.cohortSize() - 1) / p.cohortSize();
        long totalDays = (long) sides.size() * cohorts * p.horizonDays();
        AtomicLong daysDone = new AtomicLong();
        PostingPolicy posting = policy.get();
        long started = System.currentTimeMillis();
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("whatif-cohort-", 0).factory());
        try {
            List<List<Future<CohortTally>>> futures = List.of(new ArrayList<>(), new ArrayList<>());
            for (int k = 0; k < cohorts; k++) {
                for (int s = 0; s < sides.size(); s++) {
                    List<SimClaim> claims = claims(population, k * p.cohortSize(), p);
                    Cohort cohort = new Cohort(models.get(s), claims, p.horizonDays(), p.statusAnswerRate(), posting);
                    futures.get(s).add(pool.submit(() -> cohort.run(day ->
                            progress.accept(daysDone.incrementAndGet() / (double) totalDays))));
                }
            }
            List<SideResult> results = new ArrayList<>();
            for (int s = 0; s < sides.size(); s++) {
                List<CohortTally> tallies = new ArrayList<>();
                for (Future<CohortTally> f : futures.get(s)) {
                    tallies.add(f.get());
                }
                results.add(CohortTally.total(sides.get(s).label(), tallies, System.currentTimeMillis() - started));
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The what-if run was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A cohort failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same claims for the same seed: sent over the first month (or third of the horizon). */
    private static List<SyntheticClaim> population(WhatIfParameters p) {
        int arrivalDays = Math.max(1, Math.min(30, p.horizonDays() / 3));
        return new ClaimGenerator(p.seed(), p.weightedPayers(), "WI-")
                .claims(p.claims(), EPOCH.minusDays(SimClaim.SUBMISSION_LAG_DAYS),
                        EPOCH.plusDays(arrivalDays - 1 - SimClaim.SUBMISSION_LAG_DAYS));
    }

    private List<SimClaim> claims(List<SyntheticClaim> population, int from, WhatIfParameters p) {
        List<SimClaim> claims = new ArrayList<>();
        for (int i = from; i < Math.min(population.size(), from + p.cohortSize()); i++) {
            SyntheticClaim c = population.get(i);
            Payer payer = payers.apply(c.payer().payerName()).orElseThrow(() ->
                    new IllegalArgumentException("Unknown payer " + c.payer().payerName()));
            claims.add(new SimClaim(i, c, payer, (int) ChronoUnit.DAYS.between(EPOCH, c.serviceDate()), p.seed()));
            if (p.lostClaimRate() > 0 && claims.getLast().payerDice.nextDouble() < p.lostClaimRate()) {
                claims.getLast().lost = true;
            }
        }
        return claims;
    }
}
