package org.arflow.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.ProcessDefinition;
import io.camunda.client.api.search.response.SearchResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a Camunda 8.8 cluster did, from its REST search API (secondary storage): element instances
 * started since the last read become "entered" (and "left" when they already ended), instances ended
 * since then become "left". A minute of overlap is read again each round (the exporter may write late);
 * the projection stores idempotently. Not run in this project's tests: they have no cluster.
 */
class RemoteActivitySource implements EngineActivitySource {

    private static final Duration OVERLAP = Duration.ofMinutes(1);
    private static final int PAGE = 500;
    private static final int PAGES_PER_ROUND = 20;
    private static final Set<ElementInstanceType> SKIPPED = Set.of(ElementInstanceType.PROCESS,
            ElementInstanceType.MULTI_INSTANCE_BODY, ElementInstanceType.SEQUENCE_FLOW,
            ElementInstanceType.UNSPECIFIED, ElementInstanceType.UNKNOWN_ENUM_VALUE);

    private final CamundaClient client;
    private final Deque<EngineActivity> pending = new ArrayDeque<>();
    private final Map<Long, ProcessDefinition> definitions = new HashMap<>();
    private final Map<Long, Boolean> instancesAsked = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > 100_000;
        }
    };
    private OffsetDateTime startedSince;
    private OffsetDateTime endedSince;
    private boolean roundOpen;

    /** Watermarks: the latest entry and exit already projected (null: read the cluster's history). */
    RemoteActivitySource(CamundaClient client, OffsetDateTime startedSince, OffsetDateTime endedSince) {
        this.client = client;
        this.startedSince = startedSince == null ? OffsetDateTime.parse("2000-01-01T00:00Z") : startedSince;
        this.endedSince = endedSince == null ? this.startedSince : endedSince;
    }

    @Override
    public synchronized List<EngineActivity> readNext(int max) {
        if (pending.isEmpty()) {
            if (roundOpen) { // one round of searches per catch-up: the overlap would never run dry
                roundOpen = false;
                return List.of();
            }
            readRound();
            roundOpen = !pending.isEmpty();
        }
        List<EngineActivity> batch = new ArrayList<>();
        while (!pending.isEmpty() && batch.size() < max) {
            batch.add(pending.poll());
        }
        return batch;
    }

    private void readRound() {
        OffsetDateTime entered = startedSince.minus(OVERLAP);
        for (ElementInstance e : search(after -> client.newElementInstanceSearchRequest()
                .filter(f -> f.startDate(d -> d.gte(entered))).sort(s -> s.startDate().asc())
                .page(p -> p.limit(PAGE).after(after)).send().join())) {
            startedSince = max(startedSince, e.getStartDate());
            if (!SKIPPED.contains(e.getType())) {
                entered(e);
            }
        }
        OffsetDateTime ended = endedSince.minus(OVERLAP);
        for (ElementInstance e : search(after -> client.newElementInstanceSearchRequest()
                .filter(f -> f.endDate(d -> d.gte(ended))).sort(s -> s.endDate().asc())
                .page(p -> p.limit(PAGE).after(after)).send().join())) {
            endedSince = max(endedSince, e.getEndDate());
            if (!SKIPPED.contains(e.getType()) && e.getEndDate() != null) {
                pending.add(left(e));
            }
        }
    }

    private void entered(ElementInstance e) {
        ProcessDefinition definition = definitions.computeIfAbsent(e.getProcessDefinitionKey(), key -> {
            ProcessDefinition d = client.newProcessDefinitionGetRequest(key).send().join();
            String xml = client.newProcessDefinitionGetXmlRequest(key).send().join();
            pending.add(new EngineActivity.ProcessDeployed(key, d.getProcessDefinitionId(), d.getVersion(), xml));
            return d;
        });
        if (instancesAsked.put(e.getProcessInstanceKey(), Boolean.TRUE) == null) {
            claimOf(e.getProcessInstanceKey());
        }
        pending.add(new EngineActivity.ElementEntered(e.getElementInstanceKey(), e.getProcessInstanceKey(),
                e.getProcessDefinitionKey(), definition.getProcessDefinitionId(), definition.getVersion(),
                e.getElementId(), e.getType().name(), e.getStartDate().toInstant()));
        if (e.getEndDate() != null) {
            pending.add(left(e));
        }
    }

    private void claimOf(long processInstanceKey) {
        client.newVariableSearchRequest()
                .filter(f -> f.name("claimId").processInstanceKey(processInstanceKey).scopeKey(processInstanceKey))
                .send().join().items().stream().findFirst()
                .map(v -> v.getValue() == null ? "" : v.getValue().replace("\"", ""))
                .filter(id -> !id.isBlank())
                .ifPresent(id -> pending.add(new EngineActivity.InstanceOfClaim(processInstanceKey, id)));
    }

    private static EngineActivity.ElementLeft left(ElementInstance e) {
        String outcome = e.getState() == ElementInstanceState.TERMINATED ? "TERMINATED" : "COMPLETED";
        return new EngineActivity.ElementLeft(e.getElementInstanceKey(), outcome, e.getEndDate().toInstant());
    }

    /** Follows the search cursor for up to PAGES_PER_ROUND pages (the next round goes on from the watermark). */
    private static List<ElementInstance> search(Function<String, SearchResponse<ElementInstance>> page) {
        List<ElementInstance> all = new ArrayList<>();
        String after = null;
        for (int i = 0; i < PAGES_PER_ROUND; i++) {
            SearchResponse<ElementInstance> response = page.apply(after);
            all.addAll(response.items());
            after = response.page() == null ? null : response.page().endCursor();
            if (response.items().size() < PAGE || after == null) {
                break;
            }
        }
        return all;
    }

    private static OffsetDateTime max(OffsetDateTime a, OffsetDateTime b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
