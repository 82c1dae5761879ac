package org.arflow.claims;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.security.RolesAllowed;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The consistency report for admins and scripts: open claims vs the engine's running follow-ups. */
@RestController
@RequestMapping("/api/admin/consistency")
@RolesAllowed("ADMIN")
class ConsistencyApi {

    private final FollowUpConsistency consistency;
    private final ClaimService claims;

    ConsistencyApi(FollowUpConsistency consistency, ClaimService claims) {
        this.consistency = consistency;
        this.claims = claims;
    }

    @GetMapping
    @Operation(summary = "Open claims without a running follow-up, and running follow-ups without an open claim")
    FollowUpConsistency.Report report() {
        return consistency.check();
    }

    @PostMapping("/claims/{claimId}/resume")
    @Operation(summary = "Start a follow-up for an open claim that has none, at its recorded stage")
    ResponseEntity<?> resume(@PathVariable String claimId, Principal admin) {
        if (!consistency.check().claimsWithoutInstance().contains(claimId)) {
            return ResponseEntity.status(409).body(java.util.Map.of("error",
                    "Claim " + claimId + " is not listed as an open claim without a follow-up"));
        }
        consistency.resume(claimId, admin.getName());
        return ResponseEntity.ok(claims.get(claimId));
    }

    @PostMapping("/instances/{processInstanceKey}/cancel")
    @Operation(summary = "Cancel a running follow-up that belongs to no open claim")
    ResponseEntity<?> cancel(@PathVariable long processInstanceKey, Principal admin) {
        try {
            consistency.cancel(processInstanceKey, admin.getName());
            return ResponseEntity.noContent().build();
        } catch (IllegalArgumentException e) {
            return ResponseEntity.status(409).body(java.util.Map.of("error", e.getMessage()));
        }
    }
}
