package org.arflow.security;

/**
 * The result of walking the audit log's hash chain: intact, or where it first breaks and how.
 * {@code brokenAt} is the chain position (1 = the first entry ever written) of the first bad link.
 */
public record AuditChainCheck(long entriesChecked, Long brokenAt, String problem) {

    public boolean intact() {
        return brokenAt == null;
    }

    /** What the audit page says. */
    public String summary() {
        return intact() ? "Audit chain intact: " + entriesChecked + " entries checked"
                : "Audit chain broken at entry #" + brokenAt + ": " + problem;
    }
}
