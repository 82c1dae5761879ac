package org.arflow.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Generates realistic synthetic claims, the same ones for the same seed. */
public final class ClaimGenerator {

    private record Procedure(String code, int minFee, int maxFee) {
    }

    private static final List<Procedure> PROCEDURES = List.of(
            new Procedure("99213", 90, 160), new Procedure("99214", 130, 230), new Procedure("99203", 120, 200),
            new Procedure("99204", 180, 300), new Procedure("36415", 10, 30), new Procedure("85025", 20, 60),
            new Procedure("80053", 30, 90), new Procedure("93000", 40, 110), new Procedure("71046", 80, 220),
            new Procedure("20610", 110, 260), new Procedure("97110", 60, 140), new Procedure("90471", 20, 45));
    private static final List<String> FIRST = List.of("Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia",
            "James", "Mia", "Lucas", "Amelia", "Mateo", "Harper", "Ethan", "Evelyn", "Henry", "Luna", "Jack");
    private static final List<String> LAST = List.of("Smith", "Johnson", "Garcia", "Brown", "Miller", "Davis",
            "Rodriguez", "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Moore", "Jackson", "Lee");

    private final RandomGenerator random;
    private final List<PayerBehaviour> payers;
    private final String prefix;
    private int next = 1;

    public ClaimGenerator(long seed, List<PayerBehaviour> payers, String prefix) {
        this.random = new java.util.SplittableRandom(seed);
        this.payers = payers;
        this.prefix = prefix;
    }

    /** {@code count} claims with dates of service spread over [from, to]. */
    public List<SyntheticClaim> claims(int count, LocalDate from, LocalDate to) {
        long days = Math.max(0, ChronoUnit.DAYS.between(from, to));
        List<SyntheticClaim> claims = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            claims.add(claim(from.plusDays(days == 0 ? 0 : random.nextLong(days + 1))));
        }
        return claims;
    }

    private SyntheticClaim claim(LocalDate serviceDate) {
        int n = next++;
        List<SyntheticClaim.Line> lines = new ArrayList<>();
        for (int l = 0, count = 1 + random.nextInt(3); l < count; l++) {
            Procedure p = PROCEDURES.get(random.nextInt(PROCEDURES.size()));
            lines.add(new SyntheticClaim.Line(p.code(),
                    BigDecimal.valueOf(p.minFee() + random.nextInt(p.maxFee() - p.minFee() + 1)).setScale(2, RoundingMode.UNNECESSARY)));
        }
        return new SyntheticClaim(prefix + String.format("%06d", n), FIRST.get(random.nextInt(FIRST.size())),
                LAST.get(random.nextInt(LAST.size())), LocalDate.of(1940 + random.nextInt(70), 1 + random.nextInt(12),
                1 + random.nextInt(28)), "M" + (100000 + random.nextInt(900000)), random.nextBoolean() ? "F" : "M",
                payers.get(random.nextInt(payers.size())), serviceDate, List.copyOf(lines));
    }
}
