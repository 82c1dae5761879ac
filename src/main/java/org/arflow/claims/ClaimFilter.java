package org.arflow.claims;

import java.util.List;

/**
 * Which claims to list: by stage and payer name (both optional), one page at a time; {@code teams},
 * when not null, keeps only claims whose payer one of these billing teams works (what a biller may see).
 */
public record ClaimFilter(ClaimStage stage, String payer, int page, int size, List<String> teams) {

    public ClaimFilter {
        page = Math.max(0, page);
        size = Math.clamp(size, 1, 500);
        teams = teams == null ? null : List.copyOf(teams);
    }

    /** Every team's claims. */
    public ClaimFilter(ClaimStage stage, String payer, int page, int size) {
        this(stage, payer, page, size, null);
    }
}
