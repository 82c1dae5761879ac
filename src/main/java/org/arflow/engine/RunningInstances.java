package org.arflow.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.SearchResponse;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Which instances of a process the engine runs now: from the in-memory engine's record stream, or from a
 * cluster's search API (Camunda REST, fed by its secondary storage, so seconds behind the engine).
 */
@Service
public class RunningInstances {

    private static final int PAGE = 1000;

    private final ObjectProvider<EmbeddedEngine> embedded;
    private final CamundaClient client;

    RunningInstances(ObjectProvider<EmbeddedEngine> embedded, CamundaClient client) {
        this.embedded = embedded;
        this.client = client;
    }

    public Set<Long> activeInstances(String bpmnProcessId) {
        EmbeddedEngine engine = embedded.getIfAvailable();
        return engine != null ? engine.activeInstances(bpmnProcessId) : searchCluster(bpmnProcessId);
    }

    private Set<Long> searchCluster(String bpmnProcessId) {
        Set<Long> keys = new HashSet<>();
        String after = null;
        while (true) {
            String cursor = after;
            SearchResponse<ProcessInstance> page = client.newProcessInstanceSearchRequest()
                    .filter(f -> f.processDefinitionId(bpmnProcessId).state(ProcessInstanceState.ACTIVE))
                    .page(p -> {
                        p.limit(PAGE);
                        if (cursor != null) {
                            p.after(cursor);
                        }
                    })
                    .send().join();
            page.items().forEach(i -> keys.add(i.getProcessInstanceKey()));
            if (page.items().size() < PAGE || page.page().endCursor() == null) {
                return keys;
            }
            after = page.page().endCursor();
        }
    }
}
