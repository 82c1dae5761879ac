package org.arflow.claims;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arflow.engine.ProcessEngine;
import org.arflow.input.InvalidInputException;
import org.arflow.patients.Patient;
import org.arflow.patients.PatientService;
import org.arflow.payers.Payer;
import org.arflow.payers.PayerService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claims feature's public face: submit claims and read them. A submitted claim, its timeline
 * entry and the start of its follow-up process are committed together (the engine is told through
 * the outbox), so the caller never waits for the engine. Logs never carry claim ids or patient data.
 */
@Service
public class ClaimService {

    static final String PROCESS_ID = "claim-follow-up";

    private final ClaimRepository claims;
    private final PayerService payers;
    private final PatientService patients;
    private final ProcessEngine engine;
    private final Validator validator;

    ClaimService(ClaimRepository claims, PayerService payers, PatientService patients, ProcessEngine engine,
                 Validator validator) {
        this.validator = validator;
        this.claims = claims;
        this.payers = payers;
        this.patients = patients;
        this.engine = engine;
    }

    /**
     * The claim's rules, for every way in (API, 837, UI): its fields' constraints, identifiers and money. The
     * first fault found is thrown as {@link InvalidInputException} naming the field; nothing is created. Dates
     * "not in the future" are left to the doors from outside (the API's validation, the 837 intake): they are
     * the wall clock's, and a simulation or a test may run the engine's clock ahead of it.
     */
    public void check(NewClaim c) {
        validator.validate(c).stream()
                .filter(v -> !(v.getConstraintDescriptor().getAnnotation() instanceof PastOrPresent))
                .min(Comparator.comparing((ConstraintViolation<NewClaim> v) -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw new InvalidInputException(v.getPropertyPath().toString(), v.getMessage());
                });
        MoneyRules.newClaim(c);
    }

    @Transactional
    public Claim submit(NewClaim c) {
        check(c);
        Payer payer = payers.findOrCreate(c.payerName(), null, c.payerClass());
        NewClaim.PatientRef ref = c.patient();
        Patient patient = patients.findOrCreate(ref.firstName(), ref.lastName(), ref.birthDate(), ref.memberId());
        long id = claims.insert(c, patient.id(), payer.id(), payer.timelyFilingDeadline(c.serviceFrom()))
                .orElseThrow(() -> new DuplicateClaimException(c.claimId()));
        List<ServiceLine> lines = c.lines();
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine line = lines.get(i);
            claims.insertLine(id, line.lineNumber() > 0 ? line.lineNumber() : i + 1, line);
        }
        claims.addEvent(id, "SUBMITTED", "Claim submitted to " + payer.name() + ", billed " + c.billedAmount()
                + "; timely-filing deadline " + payer.timelyFilingDeadline(c.serviceFrom()), "arflow", "submitted");
        engine.startProcess(PROCESS_ID, c.claimId(), FollowUpContract.startVariables(c.claimId(), payer, c.billedAmount(), c.expectedAmount(),
                c.serviceFrom()));
        return claims.find(c.claimId()).orElseThrow();
    }

    /**
     * Claims still open, per version of claim-follow-up that follows them (running claims stay on the
     * version they started on): for the process catalog.
     */
    public Map<Integer, Long> openClaimsByFollowUpVersion() {
        return claims.openClaimsByProcessVersion();
    }

    /** Some open claims followed up by this version of claim-follow-up (for a migration preview). */
    public List<String> openClaimIdsOnFollowUpVersion(int version, int limit) {
        return claims.openClaimIdsOnProcessVersion(version, limit);
    }

    public Optional<Claim> find(String claimId) {
        return claims.find(claimId);
    }

    /** The claim a claim-follow-up instance follows up, if any (for incidents). */
    public Optional<String> claimOfProcessInstance(long processInstanceKey) {
        return claims.claimOfProcessInstance(processInstanceKey);
    }

    public Claim get(String claimId) {
        return claims.find(claimId).orElseThrow(() -> new ClaimNotFoundException(claimId));
    }

    /** Whether one of these billing teams works the claim's payer (what a biller may open). */
    public boolean workedByAnyOf(String claimId, java.util.Collection<String> teams) {
        return claims.billingTeam(claimId).map(teams::contains).orElse(false);
    }

    public List<Claim> list(ClaimFilter filter) {
        return claims.list(filter);
    }

    /** The ids of the claims of a payer (by name) and of the payers a billing team works; null means any. */
    public List<String> claimIds(String payer, String team) {
        return claims.claimIds(payer, team);
    }

    /** These claims (ids not known are left out), e.g. the claims a process heatmap lists. */
    public List<Claim> findAll(java.util.Collection<String> claimIds) {
        return claims.findAll(claimIds);
    }

    /**
     * Claims whose money, stage or priority changed at or after {@code since}, oldest change first
     * (for copies of claim facts kept elsewhere, such as the task queues).
     */
    public List<Claim> updatedSince(java.time.OffsetDateTime since, int limit) {
        return claims.updatedSince(since, limit);
    }

    public List<ServiceLine> serviceLines(String claimId) {
        return claims.lines(get(claimId).id());
    }

    public List<ClaimEvent> timeline(String claimId) {
        return claims.timeline(get(claimId).id());
    }

    public List<StageSummary> summaryByStage() {
        return claims.summaryByStage();
    }

    /**
     * The claim an earlier remittance filed under this payer claim control number (CLP07), when exactly
     * one claim has it (for a recoupment or interest line that names the payer's number, not ours).
     */
    public Optional<String> findByPayerClaimControl(String payerClaimControlNumber) {
        List<String> ids = claims.claimIdsByPayerClaimControl(payerClaimControlNumber);
        return ids.size() == 1 ? Optional.of(ids.getFirst()) : Optional.empty();
    }

    /** Tells the claim's timeline what a payer did to it outside a claim remittance (once per dedup key). */
    public boolean recordPayerEvent(String claimId, String kind, String description, String dedupKey) {
        return claims.addEvent(get(claimId).id(), kind, description, "payer", dedupKey);
    }
}
