package org.arflow.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arflow.engine.EngineInfo;
import org.arflow.engine.FeelDateTime;
import org.arflow.engine.ProcessEngine;
import org.arflow.payers.Payer;
import org.arflow.payers.PayerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The embedded engine forgets every instance on restart; PostgreSQL does not. At start-up each open
 * claim that no instance of this engine run follows gets a new claim-follow-up instance, started
 * before the element that matches its recorded stage, and its timeline says so. (With a cluster the
 * instances survive: nothing to do.)
 */
@Component
@Order(5)
class FollowUpRecovery implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FollowUpRecovery.class);

    private final EngineInfo engineInfo;
    private final ProcessEngine engine;
    private final ClaimRepository claims;
    private final ClaimService claimService;
    private final PayerService payers;
    private final ClaimProgress progress;

    FollowUpRecovery(EngineInfo engineInfo, ProcessEngine engine, ClaimRepository claims, ClaimService claimService,
                     PayerService payers, ClaimProgress progress) {
        this.engineInfo = engineInfo;
        this.engine = engine;
        this.claims = claims;
        this.claimService = claimService;
        this.payers = payers;
        this.progress = progress;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (engineInfo.isInMemory()) {
            try {
                int resumed = resumeAll();
                if (resumed > 0) {
                    log.info("Resumed the follow-up of {} open claims after the embedded engine started empty", resumed);
                }
            } catch (RuntimeException e) {
                // the app still serves its data; the claims not resumed are resumed at the next start
                log.error("Resuming open claims stopped: {}", e.getMessage());
            }
        }
    }

    int resumeAll() {
        List<String> orphans = claims.openClaimsOutsideRun(engineInfo.runId()).stream()
                .filter(claimId -> !engine.startPending(claimId)).toList();
        Map<String, Object> cadenceByClass = new HashMap<>();
        orphans.forEach(claimId -> resume(claimId, cadenceByClass, "resumed:" + engineInfo.runId()));
        return orphans.size();
    }

    /** Starts a new follow-up for one open claim at its stage (an admin's answer to the consistency report). */
    void resume(String claimId, String why) {
        resume(claimId, new HashMap<>(), why);
    }

    private void resume(String claimId, Map<String, Object> cadenceByClass, String stepKey) {
        Claim claim = claimService.get(claimId);
        String element = resumeAt(claim.stage());
        Map<String, Object> v = variables(claim, cadenceByClass);
        v.put("routeReason", "Resumed after a restart at stage " + claim.stage().label());
        if (element.equals("AwaitPayerResponse")) {
            // the wait ends when it would have ended without the restart (see the BPMN task's input)
            claims.followUpDue(claim.id()).ifPresent(due -> v.put("resumeFollowUpDueAt", FeelDateTime.format(due)));
        }
        String appealStep = appealResumeAt(claim.stage());
        if (appealStep != null) {
            // the appeal's "Where does the appeal stand?" gateway takes it back to this step
            v.put("appealResumeAt", appealStep);
            if (appealStep.equals("DECISION")) {
                claims.followUpDue(claim.id())
                        .ifPresent(due -> v.put("resumeAppealDecisionDueAt", FeelDateTime.format(due)));
            }
        }
        claims.recordProcessInstance(claim.id(), -1, engineInfo.runId());
        engine.startProcessBefore(ClaimService.PROCESS_ID, claimId, element, v);
        progress.record(claimId, null, "RESUMED", "Follow-up resumed after a restart of the embedded engine, at \""
                + element + "\" (stage " + claim.stage().label() + "); waits for the payer and for an appeal decision"
                + " keep their due time", "arflow", stepKey);
    }

    /**
     * New money on a claim whose follow-up had ended: a credit is reviewed, money owed again (a reversal,
     * a recoupment, a denied line) reopens the follow-up where the remittance is routed, and a remittance
     * that leaves nothing owed says so on the timeline.
     */
    void reopenForMoney(String claimId, PostedMoney money, Map<String, Object> remittance, String stepKey) {
        Claim claim = claimService.get(claimId);
        String ended = "its follow-up had ended at stage " + claim.stage().label();
        if (money.balance.signum() < 0) {
            Map<String, Object> v = variables(claim, new HashMap<>());
            v.putAll(remittance);
            v.put("routeReason", "Credit balance of " + money.balance.negate() + " after a remittance; " + ended);
            start(claim, "CreditBalanceReview", v, ClaimStage.CREDIT_BALANCE_REVIEW, "REOPENED",
                    "Credit balance of " + money.balance.negate() + " (" + ended + "): credit balance review opened", stepKey);
        } else if (money.balance.signum() > 0 || !money.routedFacts().deniedLines().isEmpty()
                || money.patient.signum() != 0) {
            Map<String, Object> v = variables(claim, new HashMap<>());
            v.putAll(remittance);
            start(claim, "RouteRemittance", v, ClaimStage.AWAITING_PAYER, "REOPENED", "Follow-up reopened: the payer owes "
                    + money.balance + ", the patient's share changed by " + money.patient + " (" + ended
                    + "); the remittance is routed as if it had just arrived", stepKey);
        } else {
            progress.record(claimId, null, "NOTHING_OWED", "Nothing is owed after this remittance (balance 0.00; "
                    + ended + "): the follow-up stays ended", "arflow", "nothing-owed:" + stepKey);
        }
    }

    private void start(Claim claim, String element, Map<String, Object> v, ClaimStage stage, String kind,
                       String description, String stepKey) {
        if (progress.record(claim.claimId(), stage, kind, description, "arflow", "reopened:" + stepKey)) {
            claims.recordProcessInstance(claim.id(), -1, engineInfo.runId());
            engine.startProcessBefore(ClaimService.PROCESS_ID, claim.claimId(), element, v);
        }
    }

    /** What a follow-up started in its middle needs: the start variables and what the earlier steps set. */
    private Map<String, Object> variables(Claim claim, Map<String, Object> cadenceByClass) {
        Payer payer = payers.find(claim.payerId()).orElseThrow();
        Object cadence = cadenceByClass.computeIfAbsent(payer.payerClass().name(),
                cls -> engine.evaluateDecision("follow-up-cadence", Map.of("payerClass", cls)));
        Map<String, Object> v = FollowUpContract.startVariables(claim.claimId(), payer, claim.billedAmount(),
                claim.expectedAmount(), claim.serviceFrom());
        v.put("cadence", cadence);
        v.put("followUpDays", payer.followUpDaysOverride() != null ? payer.followUpDaysOverride()
                : ((Map<?, ?>) cadence).get("firstFollowUpDays"));
        v.put("unansweredRounds", 0);
        v.put("appealLevel", claims.appealLevel(claim.id()));
        v.put("inquirySent", false);
        v.put("payerAcknowledged", claims.payerAnswered(claim.id()));
        v.put("balanceAfter", claim.balance());
        return v;
    }

    /** Where inside the appeal a claim at this stage stands (null: not in an appeal, or at its start). */
    static String appealResumeAt(ClaimStage stage) {
        return switch (stage) {
            case APPEAL_APPROVAL -> "APPROVAL";
            case APPEAL_SUBMITTED -> "DECISION";
            case APPEAL_FOLLOW_UP -> "FOLLOW_UP";
            default -> null;
        };
    }

    /** The element of claim-follow-up where a claim at this stage stands. */
    static String resumeAt(ClaimStage stage) {
        return switch (stage) {
            case PAYER_FOLLOW_UP -> "FollowUpWithPayer";
            case ESCALATED -> "DecideOnSilentPayer";
            case CORRECTION -> "CorrectAndResubmit";
            case COVERAGE_CHECK -> "VerifyCoverage";
            case UNDERPAYMENT_REVIEW -> "ReviewUnderpayment";
            case REWORK -> "ReworkClaim";
            case DOCUMENTATION_REQUESTED -> "DocumentationRequest";
            case APPEAL_PREPARATION, APPEAL_APPROVAL, APPEAL_SUBMITTED, APPEAL_FOLLOW_UP -> "Appeal";
            case WRITE_OFF_REVIEW -> "WriteOffReview";
            case DENIAL_WORK -> "WorkDenial";
            case CREDIT_BALANCE_REVIEW, REFUND_APPROVAL -> "CreditBalanceReview";
            default -> "AwaitPayerResponse";
        };
    }
}
