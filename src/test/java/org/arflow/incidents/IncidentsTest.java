package org.arflow.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import java.time.Duration;
import java.util.Map;
import org.arflow.IntegrationTest;
import org.arflow.TestHttp;
import org.arflow.engine.EmbeddedEngine;
import org.arflow.insights.Insights;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A step that fails on every retry becomes an incident a supervisor sees, and runs on after a fix and a retry. */
@IntegrationTest
class IncidentsTest {

    @Autowired
    CamundaClient client;
    @Autowired
    Incidents incidents;
    @Autowired
    Insights insights;
    @Autowired
    FragileLedgerWorker ledger;
    @Autowired
    EmbeddedEngine embedded;
    @LocalServerPort
    int port;

    @Test
    void a_step_out_of_retries_is_listed_with_its_error_and_claim_and_runs_on_after_a_fix_and_a_retry() {
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("incident-drill").startEvent()
                .serviceTask("PostToLedger", t -> t.zeebeJobType(FragileLedgerWorker.TYPE).zeebeJobRetries("2"))
                .endEvent("Posted").done(), "incident-drill.bpmn").send().join();
        long instance = client.newCreateInstanceCommand().bpmnProcessId("incident-drill").latestVersion()
                .variables(Map.of("claimId", "INC-DRILL-1")).send().join().getProcessInstanceKey();

        Incident incident = await().atMost(Duration.ofSeconds(60)).until(() -> incidents.open().stream()
                .filter(i -> i.processInstanceKey() == instance).findFirst().orElse(null), i -> i != null);

        assertThat(incident.errorMessage()).contains("ledger unreachable while posting the drill");
        assertThat(incident.claimId()).isEqualTo("INC-DRILL-1");
        assertThat(incident.retriesLeft()).isZero();
        assertThat(incident.failures()).isEqualTo(2); // two retries, each failure recorded
        assertThat(incident.jobType()).isEqualTo(FragileLedgerWorker.TYPE);
        assertThat(insights.openIncidents()).isPositive();
        assertThat(http().get("/api/insights/incidents", "supervisor").body()).contains(String.valueOf(incident.jobKey()),
                "INC-DRILL-1");
        assertThat(http().get("/api/insights/incidents", "biller").statusCode()).isEqualTo(403);
        assertThat(http().postJson("/api/insights/incidents/" + incident.jobKey() + "/retry", "biller", "{}").statusCode())
                .isEqualTo(403);
        assertThat(completed(instance)).isFalse();

        ledger.fix();
        var retried = http().postJson("/api/insights/incidents/" + incident.jobKey() + "/retry", "supervisor", "{}");

        assertThat(retried.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> completed(instance));
        assertThat(incidents.open()).noneMatch(i -> i.jobKey() == incident.jobKey());
        assertThat(http().postJson("/api/insights/incidents/" + incident.jobKey() + "/retry", "admin", "{}").statusCode())
                .isEqualTo(404);
    }

    private boolean completed(long instance) {
        ZeebeTestEngine engine = (ZeebeTestEngine) embedded.engine();
        for (var r : RecordStream.of(engine.getRecordStreamSource()).processInstanceRecords()) {
            if (r.getValue().getProcessInstanceKey() == instance && r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                    && r.getValue().getBpmnElementType() == BpmnElementType.PROCESS) {
                return true;
            }
        }
        return false;
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
