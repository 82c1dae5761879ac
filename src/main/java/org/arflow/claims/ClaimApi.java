package org.arflow.claims;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of claims, for scripts and integrations (HTTP Basic, same users and roles as the UI). */
@RestController
@RequestMapping("/api/claims")
@RolesAllowed({"BILLER", "SUPERVISOR", "ADMIN"})
class ClaimApi {

    record ClaimDetail(Claim claim, List<ClaimEvent> timeline) {
    }

    record PaymentResult(String claimId, boolean recorded, String message) {
    }

    private final ClaimService claims;

    ClaimApi(ClaimService claims) {
        this.claims = claims;
    }

    @GetMapping
    List<Claim> list(@RequestParam(defaultValue = "100") int limit) {
        return claims.list(Math.clamp(limit, 1, 1000));
    }

    @GetMapping("/{claimId}")
    ClaimDetail get(@PathVariable String claimId) {
        Claim claim = claims.find(claimId).orElseThrow(() -> new ClaimNotFoundException(claimId));
        return new ClaimDetail(claim, claims.timeline(claimId));
    }

    @PostMapping
    @RolesAllowed({"BILLER", "SUPERVISOR"})
    ResponseEntity<Claim> submit(@Valid @RequestBody NewClaim newClaim) {
        Claim claim = claims.submit(newClaim);
        claims.startFollowUp(claim);
        return ResponseEntity.created(URI.create("/api/claims/" + claim.claimId())).body(claim);
    }

    @PostMapping("/{claimId}/payments")
    @RolesAllowed({"BILLER", "SUPERVISOR"})
    ResponseEntity<PaymentResult> recordPayment(@PathVariable String claimId, @Valid @RequestBody NewPayment payment,
                                                Principal user) {
        boolean recorded = claims.recordPayment(claimId, payment, user.getName());
        claims.announcePayment(claimId, payment);
        return recorded
                ? ResponseEntity.status(HttpStatus.CREATED).body(new PaymentResult(claimId, true, "Payment recorded"))
                : ResponseEntity.ok(new PaymentResult(claimId, false,
                        "Payment " + payment.reference() + " was already recorded; nothing changed"));
    }
}
