package org.arflow.claims;

/** Where a claim stands, in the billers' words. */
public enum ClaimStatus {
    SUBMITTED("Submitted"),
    AWAITING_PAYER("Awaiting payer"),
    PAID("Paid"),
    NEEDS_FOLLOW_UP("Needs follow-up");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
