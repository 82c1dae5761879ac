package org.arflow.simulation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.arflow.claims.Claim;
import org.arflow.claims.ClaimFilter;
import org.arflow.claims.ClaimService;
import org.arflow.claims.ClaimStage;
import org.arflow.edi.X12Inbox;
import org.arflow.engine.EmbeddedEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the demo office alive: every tick the practice sends a few new claims and the payers answer
 * the claims that have waited long enough, as 837, 835 and 277 files dropped into the inbox folder.
 */
@Component
class DemoPayers {

    /** Payers answer at most this many claims a tick: a realistic trickle, not a flood for the engine. */
    private static final int ANSWERS_PER_TICK = 25;

    private static final List<ClaimStage> WAITING = List.of(ClaimStage.AWAITING_PAYER, ClaimStage.INQUIRY_SENT,
            ClaimStage.RESUBMITTED, ClaimStage.DOCUMENTATION_SENT);

    private final DemoSettings settings;
    private final ClaimService claims;
    private final X12Inbox inbox;
    private final ObjectProvider<EmbeddedEngine> engine;
    private final ClaimGenerator newClaims;
    private final PayerSimulator payers;
    private final Map<String, OffsetDateTime> answered = new ConcurrentHashMap<>();
    private int control = 50_000;

    DemoPayers(DemoSettings settings, ClaimService claims, X12Inbox inbox, ObjectProvider<EmbeddedEngine> engine) {
        this.settings = settings;
        this.claims = claims;
        this.inbox = inbox;
        this.engine = engine;
        this.newClaims = new ClaimGenerator(settings.seed + 1, PayerBehaviour.defaults(), "DEMO-NEW-" + settings.seed + "-");
        this.payers = new PayerSimulator(settings.seed + 2);
    }

    @Scheduled(initialDelayString = "${arflow.demo.tick:PT60S}", fixedDelayString = "${arflow.demo.tick:PT60S}")
    void tick() {
        if (!settings.office) {
            return;
        }
        sendNewClaims(3);
        answerWaitingClaims(OffsetDateTime.now());
        if (settings.clockSpeed > 1) {
            Duration extra = Duration.ofMillis((long) (settings.tick.toMillis() * (settings.clockSpeed - 1)));
            engine.ifAvailable(e -> e.advanceClock(extra));
        }
    }

    void sendNewClaims(int count) {
        LocalDate today = LocalDate.now();
        List<SyntheticClaim> batch = newClaims.claims(count, today.minusDays(3), today.minusDays(1));
        int number = control++;
        inbox.drop("demo-" + number + ".837", DemoOffice.bytes(SimulatedX12.claims837(batch, number)));
    }

    /** Answers waiting claims whose payer's (simulated) turnaround has passed; returns how many. */
    int answerWaitingClaims(OffsetDateTime now) {
        Map<PayerBehaviour, List<PayerResponse>> byPayer = new LinkedHashMap<>();
        int count = 0;
        for (ClaimStage stage : WAITING) {
            for (Claim claim : claims.list(new ClaimFilter(stage, null, 0, 200))) {
                if (count >= ANSWERS_PER_TICK) {
                    break;
                }
                if (claim.updatedAt().equals(answered.get(claim.claimId()))) {
                    continue;
                }
                PayerResponse response = payers.respond(synthetic(claim));
                double waitedDays = Duration.between(claim.updatedAt(), now).toSeconds() / 60.0 * settings.payerDaysPerMinute;
                if (response.days() <= waitedDays) {
                    answered.put(claim.claimId(), claim.updatedAt());
                    count++;
                    byPayer.computeIfAbsent(response.claim().payer(), p -> new ArrayList<>()).add(response);
                }
            }
        }
        byPayer.forEach((payer, responses) -> {
            int number = control++;
            DemoFiles.of(payer, responses, "DEMO-PAY-" + number, number).forEach(inbox::drop);
        });
        return byPayer.values().stream().mapToInt(List::size).sum();
    }

    /** The claim as the payer sees it (one line for the whole charge). */
    private static SyntheticClaim synthetic(Claim claim) {
        String[] name = claim.patientName().split(" ", 2);
        PayerBehaviour payer = PayerBehaviour.defaults().stream().filter(p -> p.payerName().equals(claim.payerName()))
                .findFirst().orElse(PayerBehaviour.defaults().get(2));
        return new SyntheticClaim(claim.claimId(), name[0], name.length > 1 ? name[1] : "-", LocalDate.of(1970, 1, 1),
                "M" + claim.patientId(), "U", payer, claim.serviceFrom(),
                List.of(new SyntheticClaim.Line("99213", claim.billedAmount().setScale(2, java.math.RoundingMode.HALF_UP))));
    }

}
