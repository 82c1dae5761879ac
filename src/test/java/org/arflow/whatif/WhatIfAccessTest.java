package org.arflow.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.arflow.IntegrationTest;
import org.arflow.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Analysts start runs; analysts and supervisors read them; billers and anonymous callers get nothing. */
@IntegrationTest
class WhatIfAccessTest {

    private static final List<String> READS = List.of("/api/whatif/runs", "/api/whatif/runs/1");
    private static final String RUN = "{\"claims\": 10, \"horizonDays\": 10}";

    @LocalServerPort
    int port;

    @Test
    void a_biller_gets_403_on_every_what_if_endpoint() {
        READS.forEach(path -> assertThat(http().get(path, "biller").statusCode()).as(path).isEqualTo(403));
        assertThat(http().postJson("/api/whatif/runs", "biller", RUN).statusCode()).isEqualTo(403);
    }

    @Test
    void a_supervisor_reads_runs_but_cannot_start_one_and_an_anonymous_caller_gets_401() {
        assertThat(http().get("/api/whatif/runs", "supervisor").statusCode()).isEqualTo(200);
        assertThat(http().postJson("/api/whatif/runs", "supervisor", RUN).statusCode()).isEqualTo(403);
        READS.forEach(path -> assertThat(http().get(path, null).statusCode()).as(path).isEqualTo(401));
        assertThat(http().postJson("/api/whatif/runs", null, RUN).statusCode()).isEqualTo(401);
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
