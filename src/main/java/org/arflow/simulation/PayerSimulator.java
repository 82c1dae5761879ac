package org.arflow.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Plays the payers: answers claims by their payer's behaviour, the same way for the same seed. */
public final class PayerSimulator {

    private final RandomGenerator random;

    public PayerSimulator(long seed) {
        this.random = new java.util.SplittableRandom(seed);
    }

    public PayerResponse respond(SyntheticClaim claim) {
        PayerBehaviour p = claim.payer();
        double days = Math.max(1, p.turnaroundMeanDays() + random.nextGaussian() * p.turnaroundSdDays());
        BigDecimal charge = claim.total();
        if (random.nextDouble() < p.documentationRequestRate()) {
            return new PayerResponse(claim, PayerResponse.Kind.DOCUMENTATION_REQUESTED, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, null, days);
        }
        if (random.nextDouble() < p.denialRate()) {
            return new PayerResponse(claim, PayerResponse.Kind.DENIED, BigDecimal.ZERO, charge, BigDecimal.ZERO,
                    pick(p.denialReasons()), days);
        }
        double share = p.allowedShare() * (random.nextDouble() < p.partialPaymentRate() ? 0.7 : 1.0);
        BigDecimal allowed = money(charge.doubleValue() * share);
        BigDecimal patient = money(allowed.doubleValue() * p.patientShare());
        return new PayerResponse(claim, PayerResponse.Kind.PAID, allowed.subtract(patient), charge.subtract(allowed),
                patient, null, days);
    }

    private String pick(Map<String, Double> weights) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double at = random.nextDouble() * total;
        // iterate in a fixed order so that the same seed picks the same code
        for (var e : new java.util.TreeMap<>(weights).entrySet()) {
            at -= e.getValue();
            if (at <= 0) {
                return e.getKey();
            }
        }
        return weights.keySet().iterator().next();
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
