package org.arflow.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.arflow.IntegrationTest;
import org.arflow.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A run is kept with who started it, its parameters, progress and results, and listed newest first. */
@IntegrationTest
class WhatIfRunsTest {

    @Autowired
    WhatIfService whatIf;
    @LocalServerPort
    int port;

    @Test
    void a_finished_run_is_kept_with_its_parameters_and_both_results_and_listed_first() {
        WhatIfParameters small = WhatIfParameters.of(20, 30, 5).withCohortSize(20);
        long id = whatIf.start("analyst", small, whatIf.live(), whatIf.live());

        WhatIfRun run = WhatIfRunsAwait.done(whatIf, id, Duration.ofMinutes(3));

        assertThat(run.status()).as(run.error()).isEqualTo(WhatIfRun.Status.DONE);
        assertThat(run.startedBy()).isEqualTo("analyst");
        assertThat(run.parameters()).isEqualTo(small);
        assertThat(run.progress()).isEqualTo(1.0);
        assertThat(run.finishedAt()).isNotNull();
        assertThat(run.resultA().claims()).isEqualTo(20);
        assertThat(run.resultB().claims()).isEqualTo(20);
        assertThat(run.resultA().billed()).isPositive();
        assertThat(run.sideAFiles()).contains("claim-follow-up.bpmn", "follow-up-cadence.dmn");
        assertThat(whatIf.latest().getFirst().id()).isEqualTo(id);

        var read = new TestHttp(port).get("/api/whatif/runs/" + id, "supervisor");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"status\":\"DONE\"", "\"resultA\":{", "\"touchesPerClaim\"");
        assertThat(new TestHttp(port).get("/api/whatif/runs", "analyst").body()).contains("\"id\":" + id);
    }

    @Test
    void a_run_that_cannot_be_simulated_is_refused_before_it_is_queued() {
        var analyst = new TestHttp(port);
        var tooBig = analyst.postJson("/api/whatif/runs", "analyst", "{\"claims\": 0}");
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.body()).contains("Population size must be between 1 and");

        var notAProcess = analyst.postJson("/api/whatif/runs", "analyst",
                "{\"claims\": 10, \"draft\": {\"fileName\": \"x.bpmn\", \"content\": \"<not-bpmn/>\"}}");
        assertThat(notAProcess.statusCode()).isEqualTo(400);
        assertThat(notAProcess.body()).contains("x.bpmn");
    }
}
