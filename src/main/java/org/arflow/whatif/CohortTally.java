package org.arflow.whatif;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The figures of some claims of one side, to be added up into a {@link SideResult}. */
record CohortTally(int claims, List<Integer> daysToResolution, int touches, int pastTimelyFiling,
                   BigDecimal collected30, BigDecimal collected60, BigDecimal collected90, BigDecimal billed,
                   Map<String, Integer> tasksByType) {

    static CohortTally of(List<SimClaim> claims, Map<String, Integer> tasksByType) {
        return new CohortTally(claims.size(),
                claims.stream().filter(c -> c.resolvedDay != null).map(c -> c.resolvedDay - c.submittedDay).toList(),
                claims.stream().mapToInt(c -> c.touches).sum(),
                (int) claims.stream().filter(c -> c.lapsed).count(),
                sum(claims, c -> c.collected30), sum(claims, c -> c.collected60), sum(claims, c -> c.collected90),
                sum(claims, c -> c.claim.total()), Map.copyOf(tasksByType));
    }

    private static BigDecimal sum(List<SimClaim> claims, java.util.function.Function<SimClaim, BigDecimal> f) {
        return claims.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static SideResult total(String label, List<CohortTally> tallies, long wallMillis) {
        int claims = tallies.stream().mapToInt(CohortTally::claims).sum();
        List<Integer> days = tallies.stream().flatMap(t -> t.daysToResolution().stream()).sorted().toList();
        Map<String, Integer> tasks = new TreeMap<>();
        tallies.forEach(t -> t.tasksByType().forEach((k, v) -> tasks.merge(k, v, Integer::sum)));
        double mean = days.stream().mapToInt(Integer::intValue).average().orElse(0);
        double p90 = days.isEmpty() ? 0 : days.get((int) Math.ceil(0.9 * days.size()) - 1);
        int touches = tallies.stream().mapToInt(CohortTally::touches).sum();
        return new SideResult(label, claims, days.size(), claims - days.size(), round(mean), p90,
                claims == 0 ? 0 : round(touches / (double) claims),
                tallies.stream().mapToInt(CohortTally::pastTimelyFiling).sum(),
                add(tallies, CohortTally::collected30), add(tallies, CohortTally::collected60),
                add(tallies, CohortTally::collected90), add(tallies, CohortTally::billed), tasks, wallMillis);
    }

    private static BigDecimal add(List<CohortTally> tallies, java.util.function.Function<CohortTally, BigDecimal> f) {
        return tallies.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
