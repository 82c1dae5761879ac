package org.arflow.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.arflow.IntegrationTest;
import org.arflow.claims.NoWorkAdjustments;
import org.arflow.payers.PayerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Same claims, same dice: a process run against itself gives the same figures on both sides, however the
 * engines' threads are scheduled, because each simulated day goes in settled steps (timers first, then the
 * day's messages and human work in turns per claim, then the service tasks round by round).
 */
@IntegrationTest
class WhatIfSameDiceTest {

    @Autowired
    PayerService payers;

    @Autowired

    NoWorkAdjustments noWork;
    @Autowired
    WhatIfService whatIf;

    @Test
    void the_live_version_against_itself_gives_the_same_figures_on_both_sides() {
        WhatIfParameters p = WhatIfParameters.of(400, 180, 7).withCohortSize(200);

        List<SideResult> results = new WhatIfSimulator(payers::findByName, noWork::policy, 4).run(p, whatIf.live(), whatIf.live(), share -> { });

        assertThat(results.get(0).resolved()).as("enough happens to tell sides apart").isGreaterThan(350);
        assertThat(results.get(0).tasksByType().values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(50);
        assertThat(results.get(1)).usingRecursiveComparison().ignoringFields("wallMillis").isEqualTo(results.get(0));
    }
}
