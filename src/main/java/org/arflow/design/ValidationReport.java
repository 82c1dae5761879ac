package org.arflow.design;

import java.time.OffsetDateTime;
import java.util.List;

/** The checks a draft went through, in order; it passes when none failed. */
public record ValidationReport(List<Check> checks, OffsetDateTime checkedAt) {

    public boolean passed() {
        return !checks.isEmpty() && checks.stream().noneMatch(Check::failed);
    }

    public List<Check> failures() {
        return checks.stream().filter(Check::failed).toList();
    }

    /** The report as plain text, one line per check. */
    public String text() {
        StringBuilder out = new StringBuilder(passed() ? "Validation passed" : "Validation failed");
        out.append(" (").append(checkedAt).append(")\n");
        checks.forEach(c -> out.append(c.line()).append('\n'));
        return out.toString();
    }
}
