package org.arflow.claims;

/** Which claims to list: by stage and payer name (both optional), one page at a time. */
public record ClaimFilter(ClaimStage stage, String payer, int page, int size) {

    public ClaimFilter {
        page = Math.max(0, page);
        size = Math.clamp(size, 1, 500);
    }
}
