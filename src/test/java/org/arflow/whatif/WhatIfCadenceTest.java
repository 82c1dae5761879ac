package org.arflow.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arflow.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two versions that differ only in the follow-up cadence, on the same synthetic claims: asking the payers
 * three times sooner costs more human touches per claim and lets no more claims pass timely filing.
 * The run goes through the service (background executor, scratch engines, results kept in PostgreSQL).
 */
@IntegrationTest
class WhatIfCadenceTest {

    private static final Pattern WAIT_DAYS =
            Pattern.compile("(<outputEntry id=\"follow-up-cadence_r\\d_o[01]\"><text>)(\\d+)(</text>)");

    @Autowired
    WhatIfService whatIf;

    @Test
    void a_faster_follow_up_cadence_gives_more_touches_per_claim_and_no_more_claims_past_timely_filing() {
        ProcessVersion live = whatIf.live();
        ProcessVersion faster = live.with("faster cadence", Map.of("follow-up-cadence.dmn",
                thirdOfTheWaits(live.resources().get("follow-up-cadence.dmn"))));

        long id = whatIf.start("analyst", WhatIfParameters.of(240, 120, 11).withCohortSize(80), live, faster);
        WhatIfRun run = WhatIfRunsAwait.done(whatIf, id, Duration.ofMinutes(5));

        assertThat(run.status()).as(run.error()).isEqualTo(WhatIfRun.Status.DONE);
        SideResult usual = run.resultA();
        SideResult fast = run.resultB();
        System.out.println("usual cadence: " + usual + "\nfaster cadence: " + fast);
        assertThat(fast.billed()).as("the same claims on both sides").isEqualByComparingTo(usual.billed());
        assertThat(fast.touchesPerClaim()).isGreaterThan(usual.touchesPerClaim());
        assertThat(fast.tasksByType().getOrDefault("Follow up with payer", 0))
                .isGreaterThan(usual.tasksByType().getOrDefault("Follow up with payer", 0));
        assertThat(fast.pastTimelyFiling()).isLessThanOrEqualTo(usual.pastTimelyFiling());
        assertThat(usual.resolved()).as("most claims resolve within 120 days").isGreaterThan(200);
    }

    /** The days before the first inquiry and for its answer, a third of the live values (at least 3). */
    static byte[] thirdOfTheWaits(byte[] dmn) {
        Matcher m = WAIT_DAYS.matcher(new String(dmn, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        int changed = 0;
        while (m.find()) {
            m.appendReplacement(out, m.group(1) + Math.max(3, Integer.parseInt(m.group(2)) / 3) + m.group(3));
            changed++;
        }
        m.appendTail(out);
        assertThat(changed).as("cadence values found in the DMN").isEqualTo(8);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
