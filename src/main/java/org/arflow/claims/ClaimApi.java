package org.arflow.claims;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.OffsetDateTime;
import java.util.List;
import org.arflow.security.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** REST API of claims, for scripts and integrations (HTTP Basic, same users and roles as the UI). */
@RestController
@RequestMapping("/api/claims")
@RolesAllowed({"BILLER", "SUPERVISOR", "ADMIN"})
@Tag(name = "Claims", description = "Claims under follow-up, what payers said about them, and their timelines")
@Validated
class ClaimApi {

    record ClaimDetail(Claim claim, List<ServiceLine> serviceLines, List<ClaimEvent> timeline,
                       List<TaskOnClaim> openTasks, List<RemittanceHistory.Denial> deniedLines) {
    }

    /**
     * An open task of the claim. A task of a team the caller is not in reads only as "a task of team X": no key,
     * no holder, so it cannot be opened, claimed or completed from here.
     */
    record TaskOnClaim(Long taskKey, String name, List<String> candidateGroups, String assignee,
                       OffsetDateTime dueAt) {

        static TaskOnClaim seenBy(OpenTaskLookup.OpenTask t, List<String> teams, String user) {
            boolean theirs = teams == null || user.equals(t.assignee()) || t.candidateGroups().stream().anyMatch(teams::contains);
            return theirs ? new TaskOnClaim(t.taskKey(), t.name(), t.candidateGroups(), t.assignee(), t.dueAt())
                    : new TaskOnClaim(null, "A task of team " + String.join(", ", t.candidateGroups()),
                    t.candidateGroups(), null, t.dueAt());
        }
    }

    record PostingResult(String claimId, boolean recorded, String message) {
    }

    record AppealDecision(@NotBlank String reference,
                          @NotBlank @Pattern(regexp = "WON|LOST", message = "must be WON or LOST") String decision) {
    }

    private final ClaimService claims;
    private final RemittancePosting posting;
    private final List<OpenTaskLookup> tasks;
    private final AuditLog audit;
    private final ClaimAccess access;
    private final TransactionTemplate snapshot;
    private final RemittanceHistory remittances;
    private final CreditBalances credits;

    ClaimApi(ClaimService claims, RemittancePosting posting, List<OpenTaskLookup> tasks,
             AuditLog audit, ClaimAccess access, PlatformTransactionManager transactions,
             RemittanceHistory remittances, CreditBalances credits) {
        this.access = access;
        this.remittances = remittances;
        this.credits = credits;
        // the claim, its lines, timeline and tasks as of one moment: a step committing between the reads must not
        // show its timeline entry next to the stage before it
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.claims = claims;
        this.posting = posting;
        this.tasks = tasks;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "List claims, newest activity first, by stage and payer")
    List<Claim> list(@RequestParam(required = false) ClaimStage stage, @RequestParam(required = false) String payer,
                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                     Authentication user) {
        return claims.list(new ClaimFilter(stage, payer, page, size, access.visibleTeams(user)));
    }

    @GetMapping("/{claimId}")
    @Operation(summary = "A claim with its stage, deadlines, balance, service lines, timeline and open tasks")
    ClaimDetail get(@PathVariable String claimId, Authentication user) {
        claims.get(claimId); // an unknown claim is a 404, before the access check
        access.check(claimId, user);
        audit.record(user.getName(), "VIEW_CLAIM", claimId, null, "claims API");
        List<String> teams = access.visibleTeams(user);
        return snapshot.execute(status -> new ClaimDetail(claims.get(claimId), claims.serviceLines(claimId),
                claims.timeline(claimId), tasks.stream().flatMap(t -> t.openTasks(claimId).stream())
                .map(t -> TaskOnClaim.seenBy(t, teams, user.getName())).toList(), remittances.denials(claimId)));
    }

    @GetMapping("/credit-balances")
    @Operation(summary = "Claims that hold more than they are owed, oldest credit first, with how much and since when")
    List<CreditBalances.Credit> creditBalances(@RequestParam(defaultValue = "200") int limit,
                                               Authentication user) {
        return credits.open(access.visibleTeams(user), Math.min(Math.max(limit, 1), 1000));
    }

    @PostMapping
    @RolesAllowed({"BILLER", "SUPERVISOR"})
    @Operation(summary = "Create a claim and start its follow-up (409 when the claim id is known)")
    ResponseEntity<Claim> submit(@Valid @RequestBody NewClaim newClaim) {
        Claim claim = claims.submit(newClaim);
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/claims/{id}").buildAndExpand(claim.claimId())
                .encode().toUri()).body(claim);
    }

    @PostMapping("/{claimId}/remittances")
    @RolesAllowed({"BILLER", "SUPERVISOR"})
    @Operation(summary = "Post a remittance for the claim (idempotent by reference) and route it")
    ResponseEntity<PostingResult> postRemittance(@PathVariable String claimId,
                                                 @Valid @RequestBody ClaimRemittance remittance,
                                                 Authentication user) {
        access.check(claimId, user);
        MoneyRules.remittance(remittance);
        return result(claimId, posting.post(claimId, remittance), "Remittance " + remittance.reference());
    }

    @PostMapping("/{claimId}/status-responses")
    @RolesAllowed({"BILLER", "SUPERVISOR"})
    @Operation(summary = "Record a claim status response (277/277CA category) and route it")
    ResponseEntity<PostingResult> recordStatus(@PathVariable String claimId,
                                               @Valid @RequestBody ClaimStatusResponse status,
                                               Authentication user) {
        access.check(claimId, user);
        return result(claimId, posting.recordStatus(claimId, status), "Status " + status.reference());
    }

    @PostMapping("/{claimId}/appeal-decisions")
    @RolesAllowed({"BILLER", "SUPERVISOR"})
    @Operation(summary = "Record the payer's decision on an appeal")
    ResponseEntity<PostingResult> recordAppealDecision(@PathVariable String claimId,
                                                       @Valid @RequestBody AppealDecision decision,
                                                       Authentication user) {
        access.check(claimId, user);
        return result(claimId, posting.recordAppealDecision(claimId, decision.reference(),
                "WON".equals(decision.decision())), "Appeal decision " + decision.reference());
    }

    private static ResponseEntity<PostingResult> result(String claimId, boolean recorded, String what) {
        return recorded
                ? ResponseEntity.status(HttpStatus.CREATED).body(new PostingResult(claimId, true, what + " recorded"))
                : ResponseEntity.ok(new PostingResult(claimId, false, what + " was recorded before; nothing changed"));
    }
}
