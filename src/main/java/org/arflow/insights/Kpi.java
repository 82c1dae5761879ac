package org.arflow.insights;

import java.math.BigDecimal;

/**
 * One key figure with its definition (docs/domain.md) and benchmark. The value is null when it
 * cannot be computed (nothing to divide by); onTarget says whether it meets the benchmark.
 */
public record Kpi(String key, String name, BigDecimal value, String unit, String definition, String benchmark,
                  Boolean onTarget) {

    public String display() {
        return value == null ? "n/a" : value.toPlainString() + ("%".equals(unit) ? "%" : " " + unit);
    }
}
