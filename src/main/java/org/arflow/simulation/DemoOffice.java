package org.arflow.simulation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arflow.claims.ClaimFilter;
import org.arflow.claims.ClaimService;
import org.arflow.edi.X12Import;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start of a demo, fills the office: a few hundred claims over the last four months
 * arrive as an 837, and the payers' answers to the older ones as 835 and 277 files, all through the
 * real import path. The processes then put claims at every stage and tasks in the queues.
 */
@Component
@Order(10)
class DemoOffice implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOffice.class);

    private final DemoSettings settings;
    private final ClaimService claims;
    private final X12Import importer;

    DemoOffice(DemoSettings settings, ClaimService claims, X12Import importer) {
        this.settings = settings;
        this.claims = claims;
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.office && claims.list(new ClaimFilter(null, null, 0, 1)).isEmpty()) {
            seed(settings.initialClaims, settings.seed);
        }
    }

    /** Imports {@code count} generated claims and the answers payers have sent by today. */
    void seed(int count, long seed) {
        LocalDate today = LocalDate.now();
        List<SyntheticClaim> generated = new ClaimGenerator(seed, PayerBehaviour.defaults(), "DEMO-" + seed + "-")
                .claims(count, today.minusDays(120), today.minusDays(1));
        importer.importFile("demo-claims-" + seed + ".837",
                bytes(SimulatedX12.claims837(generated, (int) (seed % 100000) + 1)), "DEMO", "demo");
        PayerSimulator payers = new PayerSimulator(seed);
        Map<PayerBehaviour, List<PayerResponse>> answered = new LinkedHashMap<>();
        for (SyntheticClaim claim : generated) {
            PayerResponse response = payers.respond(claim);
            if (!claim.serviceDate().plusDays((long) response.days()).isAfter(today)) {
                answered.computeIfAbsent(claim.payer(), p -> new ArrayList<>()).add(response);
            }
        }
        int control = (int) (seed % 100000) + 1000;
        for (var entry : answered.entrySet()) {
            DemoFiles.of(entry.getKey(), entry.getValue(), "DEMO-" + seed + "-" + control, control)
                    .forEach((name, content) -> importer.importFile(name, content, "DEMO", "demo"));
            control++;
        }
        log.info("Demo office ready: {} claims, {} payer answers", generated.size(),
                answered.values().stream().mapToInt(List::size).sum());
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
