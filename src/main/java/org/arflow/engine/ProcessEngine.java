package org.arflow.engine;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/**
 * The commands features give the engine. Every call returns at once: the engine (embedded or remote)
 * answers at its own pace, and nothing a user waits for blocks on it.
 */
@Component
public class ProcessEngine {

    private static final Duration MESSAGE_TIME_TO_LIVE = Duration.ofHours(1);

    private final CamundaClient client;

    ProcessEngine(CamundaClient client) {
        this.client = client;
    }

    /** Starts the latest version of a process; completes with the process instance key. */
    public CompletableFuture<Long> startProcess(String processId, Map<String, Object> variables) {
        return client.newCreateInstanceCommand()
                .bpmnProcessId(processId)
                .latestVersion()
                .variables(variables)
                .send()
                .toCompletableFuture()
                .thenApply(instance -> instance.getProcessInstanceKey());
    }

    /**
     * Publishes a message to the instance waiting with this correlation key. The message id makes a
     * second publish of the same message a no-op while the first is buffered.
     */
    public CompletableFuture<Void> publishMessage(String name, String correlationKey, String messageId,
                                                  Map<String, Object> variables) {
        return client.newPublishMessageCommand()
                .messageName(name)
                .correlationKey(correlationKey)
                .messageId(messageId)
                .timeToLive(MESSAGE_TIME_TO_LIVE)
                .variables(variables)
                .send()
                .toCompletableFuture()
                .thenApply(response -> null);
    }
}
