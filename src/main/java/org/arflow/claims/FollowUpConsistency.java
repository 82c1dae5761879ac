package org.arflow.claims;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.arflow.engine.ProcessEngine;
import org.arflow.engine.RunningInstances;
import org.arflow.security.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Does every open claim have a follow-up running, and does every running follow-up belong to an open
 * claim? On a cluster the instances survive restarts, so this is checked rather than repaired at
 * start-up; an admin resumes or cancels what the report lists.
 */
@Service
public class FollowUpConsistency {

    /** What the check found; claims whose start is still queued for the engine are not counted as missing. */
    public record Report(Instant checkedAt, int openClaims, int runningInstances, List<String> claimsWithoutInstance,
                         List<Long> instancesWithoutClaim) {
        public boolean consistent() {
            return claimsWithoutInstance.isEmpty() && instancesWithoutClaim.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final RunningInstances running;
    private final ProcessEngine engine;
    private final FollowUpRecovery recovery;
    private final AuditLog audit;

    FollowUpConsistency(JdbcClient jdbc, RunningInstances running, ProcessEngine engine, FollowUpRecovery recovery,
                        AuditLog audit) {
        this.jdbc = jdbc;
        this.running = running;
        this.engine = engine;
        this.recovery = recovery;
        this.audit = audit;
    }

    public Report check() {
        Set<Long> instances = running.activeInstances(ClaimService.PROCESS_ID);
        Map<String, Long> open = new java.util.HashMap<>();
        jdbc.sql("select claim_id, process_instance_key from claim where closed_at is null")
                .query((rs, n) -> open.put(rs.getString(1), (Long) rs.getObject(2))).list();
        Set<String> missing = new TreeSet<>();
        Set<Long> owned = new HashSet<>();
        open.forEach((claimId, key) -> {
            if (key != null && instances.contains(key)) {
                owned.add(key);
            } else if (!engine.startPending(claimId)) {
                missing.add(claimId);
            }
        });
        Set<Long> stray = new TreeSet<>(instances);
        stray.removeAll(owned);
        return new Report(Instant.now(), open.size(), instances.size(), List.copyOf(missing), List.copyOf(stray));
    }

    /** Starts a follow-up for an open claim that has none, at its recorded stage. */
    public void resume(String claimId, String admin) {
        recovery.resume(claimId, "consistency-resume:" + Instant.now().toEpochMilli());
        audit.record(admin, "RESUME_FOLLOW_UP", claimId, null, "Resumed from the consistency report");
    }

    /** Cancels a running follow-up that belongs to no open claim. */
    public void cancel(long processInstanceKey, String admin) {
        if (!check().instancesWithoutClaim().contains(processInstanceKey)) {
            throw new IllegalArgumentException("Instance " + processInstanceKey
                    + " is not in the consistency report's list of instances without a claim");
        }
        engine.cancelInstance(processInstanceKey);
        audit.record(admin, "CANCEL_INSTANCE", null, null, "Cancelled follow-up instance " + processInstanceKey
                + " that belonged to no open claim");
    }
}
