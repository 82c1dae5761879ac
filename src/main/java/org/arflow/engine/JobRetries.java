package org.arflow.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentState;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Retries a job whose retries ran out: gives it retries again and resolves the incident the engine
 * raised, so a worker picks it up. The incident is found in the embedded engine's record stream, or
 * through the cluster's incident search in remote mode.
 */
@Service
public class JobRetries {

    private final CamundaClient client;
    private final ObjectProvider<EmbeddedEngine> embedded;

    JobRetries(CamundaClient client, ObjectProvider<EmbeddedEngine> embedded) {
        this.client = client;
        this.embedded = embedded;
    }

    /** Returns how many incidents were resolved. */
    public int retry(long jobKey, int retries) {
        client.newUpdateRetriesCommand(jobKey).retries(retries).send().join();
        List<Long> incidents = openIncidents(jobKey);
        incidents.forEach(key -> client.newResolveIncidentCommand(key).send().join());
        return incidents.size();
    }

    private List<Long> openIncidents(long jobKey) {
        EmbeddedEngine engine = embedded.getIfAvailable();
        if (engine != null) {
            return engine.openIncidentsOfJob(jobKey);
        }
        return client.newIncidentSearchRequest().filter(f -> f.jobKey(jobKey).state(IncidentState.ACTIVE))
                .send().join().items().stream().map(i -> i.getIncidentKey()).toList();
    }
}
