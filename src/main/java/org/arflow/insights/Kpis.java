package org.arflow.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.arflow.claims.AgingRow;
import org.arflow.claims.ArFigures;

/** The AR key figures, as defined in docs/domain.md, from the claims' sums and the aging table. */
final class Kpis {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Kpis() {
    }

    static List<Kpi> of(ArFigures f, List<AgingRow> aging) {
        BigDecimal agedAr = sum(aging, 0);
        BigDecimal dailyCharges = f.chargesLast90Days().divide(BigDecimal.valueOf(90), 6, RoundingMode.HALF_UP);
        BigDecimal daysInAr = ratio(f.openAr(), dailyCharges, 1);
        BigDecimal over90 = percent(sum(aging, 3), agedAr);
        BigDecimal over120 = percent(sum(aging, 4), agedAr);
        BigDecimal denial = percent(BigDecimal.valueOf(f.denied()), BigDecimal.valueOf(f.adjudicated()));
        BigDecimal firstPass = percent(BigDecimal.valueOf(f.firstPassResolved()), BigDecimal.valueOf(f.adjudicated()));
        BigDecimal net = percent(f.payments(), f.charges().subtract(f.contractual()));
        return List.of(
                new Kpi("daysInAr", "Days in AR", daysInAr, "days",
                        "Open AR / average daily charges of the last 90 days (billed amount by date of service / 90); "
                                + "payer filter only", "under 40-50 days", below(daysInAr, 45)),
                new Kpi("arOver90", "AR over 90 days", over90, "%",
                        "Open balance over 90 days since the date of service / all open balance", "under 10-15%",
                        below(over90, 15)),
                new Kpi("arOver120", "AR over 120 days", over120, "%",
                        "Open balance over 120 days since the date of service / all open balance", "under 12%",
                        below(over120, 12)),
                new Kpi("denialRate", "Denial rate", denial, "%",
                        "Claims with a denial (835 CLP02 = 4) / claims the payer adjudicated", "under 5-10%",
                        below(denial, 10)),
                new Kpi("firstPassRate", "First-pass resolution rate", firstPass, "%",
                        "Claims processed on their first remittance (CLP02 1-3, 19-21) / claims the payer adjudicated",
                        "90% or more", above(firstPass, 90)),
                new Kpi("netCollectionRate", "Net collection rate", net, "%",
                        "Payer payments / (charges - contractual adjustments CO-45, CO-253)", "95% or more",
                        above(net, 95)));
    }

    /** Open balance of the buckets from this one on (3 = over 90 days, 4 = over 120). */
    private static BigDecimal sum(List<AgingRow> aging, int fromBucket) {
        return aging.stream().filter(r -> r.bucket() >= fromBucket).map(AgingRow::balance)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return ratio(part.multiply(HUNDRED), whole, 1);
    }

    private static BigDecimal ratio(BigDecimal a, BigDecimal b, int scale) {
        return b.signum() == 0 ? null : a.divide(b, scale, RoundingMode.HALF_UP);
    }

    private static Boolean below(BigDecimal value, int limit) {
        return value == null ? null : value.compareTo(BigDecimal.valueOf(limit)) < 0;
    }

    private static Boolean above(BigDecimal value, int limit) {
        return value == null ? null : value.compareTo(BigDecimal.valueOf(limit)) >= 0;
    }
}
