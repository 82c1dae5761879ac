package org.arflow.claims;

/** Where a claim stands in its follow-up, in the billers' words. */
public enum ClaimStage {
    SUBMITTED("Submitted", false),
    AWAITING_PAYER("Awaiting payer", false),
    INQUIRY_SENT("Status inquiry sent", false),
    PAYER_FOLLOW_UP("Payer follow-up", false),
    ESCALATED("Escalated to supervisor", false),
    DOCUMENTATION_REQUESTED("Documentation requested", false),
    DOCUMENTATION_SENT("Documentation sent", false),
    CORRECTION("Correct and resubmit", false),
    RESUBMITTED("Resubmitted", false),
    APPEAL_PREPARATION("Appeal in preparation", false),
    APPEAL_APPROVAL("Appeal awaiting approval", false),
    APPEAL_SUBMITTED("Appeal submitted", false),
    APPEAL_FOLLOW_UP("Appeal follow-up", false),
    COVERAGE_CHECK("Eligibility / other payer", false),
    UNDERPAYMENT_REVIEW("Underpayment review", false),
    UNDERPAYMENT_DISPUTED("Underpayment disputed", false),
    WRITE_OFF_REVIEW("Write-off review", false),
    REWORK("Rework", false),
    DENIAL_WORK("Denial to work", false),
    CREDIT_BALANCE_REVIEW("Credit balance review", false),
    REFUND_APPROVAL("Refund awaiting approval", false),
    AWAITING_RECOUPMENT("Credit left for the payer to recoup", true),
    PATIENT_BALANCE("Patient balance", true),
    BILLED_TO_OTHER_PAYER("Billed to another payer", true),
    CLOSED("Closed", true),
    WRITTEN_OFF("Written off", true);

    private final String label;
    private final boolean resolved;

    ClaimStage(String label, boolean resolved) {
        this.label = label;
        this.resolved = resolved;
    }

    public String label() {
        return label;
    }

    /** The payer side of the claim is over. */
    public boolean isResolved() {
        return resolved;
    }
}
