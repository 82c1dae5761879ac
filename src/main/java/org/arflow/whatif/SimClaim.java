package org.arflow.whatif;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.arflow.payers.Payer;
import org.arflow.simulation.PayerSimulator;
import org.arflow.simulation.SyntheticClaim;

/**
 * One simulated claim and what the simulation knows of it that the process does not: whether the payer
 * has it, the payer's next answer, and what it has cost and brought so far. Each claim draws from its
 * own random streams (seeded by the run's seed and its number), so both sides of a comparison see the same
 * payer answers and human choices for the same steps, whatever the other claims do.
 */
final class SimClaim {

    final int index;
    final SyntheticClaim claim;
    final Payer payer;
    final int submittedDay;
    private final int serviceDayOffset;
    final PayerSimulator payerAnswers;
    final SplittableRandom payerDice;
    final SplittableRandom staffDice;
    final BigDecimal expected;

    /** The payer never received the first submission: only a follow-up finds that out. */
    boolean lost;
    boolean resubmitted;
    PayerEvent pendingAnswer;
    PayerEvent pendingAppealDecision;
    Integer resolvedDay;
    boolean lapsed;
    int touches;
    BigDecimal collected30 = BigDecimal.ZERO;
    BigDecimal collected60 = BigDecimal.ZERO;
    BigDecimal collected90 = BigDecimal.ZERO;

    /** {@code serviceDayOffset}: the date of service in days from the run's first day (a claim is sent 3 days later). */
    SimClaim(int index, SyntheticClaim claim, Payer payer, int serviceDayOffset, long seed) {
        this.index = index;
        this.claim = claim;
        this.payer = payer;
        this.serviceDayOffset = serviceDayOffset;
        this.submittedDay = Math.max(0, serviceDayOffset + SUBMISSION_LAG_DAYS);
        long mixed = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L;
        this.payerAnswers = new PayerSimulator(mixed);
        this.payerDice = new SplittableRandom(mixed ^ 0x94D049BB133111EBL);
        this.staffDice = new SplittableRandom(mixed ^ 0x2545F4914F6CDD1DL);
        this.expected = BigDecimal.valueOf(claim.total().doubleValue() * claim.payer().allowedShare())
                .setScale(2, RoundingMode.HALF_UP);
    }

    static final int SUBMISSION_LAG_DAYS = 3;

    int serviceDayOffset() {
        return serviceDayOffset;
    }

    String claimId() {
        return claim.claimId();
    }

    void paid(BigDecimal amount, int day) {
        int age = day - submittedDay;
        if (age <= 30) {
            collected30 = collected30.add(amount);
        }
        if (age <= 60) {
            collected60 = collected60.add(amount);
        }
        if (age <= 90) {
            collected90 = collected90.add(amount);
        }
    }
}
