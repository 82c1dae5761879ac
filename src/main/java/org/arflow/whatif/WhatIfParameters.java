package org.arflow.whatif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arflow.input.InvalidInputException;
import org.arflow.simulation.PayerBehaviour;

/**
 * What a what-if run simulates: how many claims, which payers in which shares (percent by payer name),
 * how many simulated days, the seed (the same seed gives both sides the same claims and payer answers),
 * what the payer-behaviour model does not cover (claims the payer never received; 276 inquiries it
 * answers) and how many claims share one scratch engine.
 */
public record WhatIfParameters(int claims, Map<String, Integer> payerMix, int horizonDays, long seed,
                               double lostClaimRate, double statusAnswerRate, int cohortSize) {

    public static final int MAX_CLAIMS = 20_000;
    public static final int MAX_HORIZON_DAYS = 730;

    public WhatIfParameters {
        if (claims < 1 || claims > MAX_CLAIMS) {
            throw new IllegalArgumentException("Population size must be between 1 and " + MAX_CLAIMS);
        }
        if (horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS) {
            throw new IllegalArgumentException("Horizon must be between 1 and " + MAX_HORIZON_DAYS + " days");
        }
        if (payerMix == null || payerMix.isEmpty() || payerMix.values().stream().anyMatch(p -> p == null || p < 0)
                || payerMix.values().stream().mapToInt(Integer::intValue).sum() <= 0) {
            throw new IllegalArgumentException("The payer mix needs at least one payer with a positive share");
        }
        if (lostClaimRate < 0 || lostClaimRate > 1 || statusAnswerRate < 0 || statusAnswerRate > 1) {
            throw new IllegalArgumentException("Rates are between 0 and 1");
        }
        if (cohortSize < 1) {
            throw new IllegalArgumentException("Cohort size must be positive");
        }
        payerMix = Map.copyOf(new LinkedHashMap<>(payerMix));
    }

    /** The shipped payers in equal shares, 5 % lost claims, half the inquiries answered, 125 claims an engine. */
    public static WhatIfParameters of(int claims, int horizonDays, long seed) {
        Map<String, Integer> mix = new LinkedHashMap<>();
        PayerBehaviour.defaults().forEach(p -> mix.put(p.payerName(), 20));
        return new WhatIfParameters(claims, mix, horizonDays, seed, 0.05, 0.5, 125);
    }

    public WhatIfParameters withCohortSize(int size) {
        return new WhatIfParameters(claims, payerMix, horizonDays, seed, lostClaimRate, statusAnswerRate, size);
    }

    /** Refuses a mix naming a payer the simulation does not model (checked before a run is queued). */
    void checkPayers() {
        List<String> known = PayerBehaviour.defaults().stream().map(PayerBehaviour::payerName).toList();
        List<String> unknown = payerMix.keySet().stream().filter(name -> !known.contains(name)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("payerMix", "the simulation has no payer " + String.join(", ", unknown)
                    + "; it simulates " + String.join(", ", known));
        }
    }

    /** The payers of the mix, each repeated by its share, for the generator's uniform pick. */
    List<PayerBehaviour> weightedPayers() {
        List<PayerBehaviour> slots = new java.util.ArrayList<>();
        for (PayerBehaviour p : PayerBehaviour.defaults()) {
            int share = payerMix.getOrDefault(p.payerName(), 0);
            for (int i = 0; i < share; i++) {
                slots.add(p);
            }
        }
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("No known payer in the mix: " + payerMix.keySet());
        }
        return slots;
    }
}
