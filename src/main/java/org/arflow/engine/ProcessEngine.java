package org.arflow.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The commands features give the engine. Starting processes and publishing messages are written to
 * the outbox in the caller's transaction and relayed at the engine's pace ({@link OutboxRelay}): a
 * claim or a payment is committed at database speed and never lost when the engine is slow or down.
 */
@Component
public class ProcessEngine {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final CamundaClient client;

    ProcessEngine(JdbcClient jdbc, ObjectMapper json, CamundaClient client) {
        this.jdbc = jdbc;
        this.json = json;
        this.client = client;
    }

    /** Queues the start of the latest version of a process for a business key (e.g. a claim id). */
    public void startProcess(String processId, String businessKey, Map<String, Object> variables) {
        jdbc.sql("""
                        insert into engine_outbox (kind, process_id, business_key, variables)
                        values ('START_PROCESS', :p, :k, cast(:v as jsonb))""")
                .param("p", processId).param("k", businessKey).param("v", toJson(variables)).update();
    }

    /** A start for this business key waits in the outbox: its process will run, nothing to resume. */
    public boolean startPending(String businessKey) {
        return jdbc.sql("""
                        select exists(select 1 from engine_outbox
                                      where business_key = :k and kind = 'START_PROCESS' and sent_at is null)""")
                .param("k", businessKey).query(Boolean.class).single();
    }

    /** Queues the start of the latest version of a process before one of its elements (resuming a flow). */
    public void startProcessBefore(String processId, String businessKey, String elementId, Map<String, Object> variables) {
        jdbc.sql("""
                        insert into engine_outbox (kind, process_id, business_key, start_before, variables)
                        values ('START_PROCESS', :p, :k, :e, cast(:v as jsonb))""")
                .param("p", processId).param("k", businessKey).param("e", elementId).param("v", toJson(variables))
                .update();
    }

    /** Evaluates a deployed DMN decision now; its output as a value (a map for several outputs). */
    public Object evaluateDecision(String decisionId, Map<String, Object> variables) {
        String output = client.newEvaluateDecisionCommand().decisionId(decisionId).variables(variables)
                .requestTimeout(Duration.ofSeconds(15)).send().join().getDecisionOutput();
        try {
            return json.readValue(output, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable output of decision " + decisionId, e);
        }
    }

    /**
     * Queues a message for the instance waiting with this correlation key. It is buffered for
     * {@code timeToLive} when no instance waits for it yet; the message id makes a second publish a no-op.
     */
    public void publishMessage(String name, String correlationKey, String messageId, Duration timeToLive,
                               Map<String, Object> variables) {
        jdbc.sql("""
                        insert into engine_outbox (kind, message_name, correlation_key, message_id, time_to_live, variables)
                        values ('PUBLISH_MESSAGE', :n, :k, :id, make_interval(secs => :ttl), cast(:v as jsonb))""")
                .param("n", name).param("k", correlationKey).param("id", messageId)
                .param("ttl", timeToLive.toSeconds()).param("v", toJson(variables)).update();
    }

    /** Commands written to the outbox that the engine has not accepted yet. */
    public long backlog() {
        return jdbc.sql("select count(*) from engine_outbox where sent_at is null").query(Long.class).single();
    }

    /** A message for {@link #publishMessages}. */
    public record Message(String name, String correlationKey, String messageId, Duration timeToLive,
                          Map<String, Object> variables) {
    }

    /** Queues many messages in one statement (a remittance file posts thousands at once). */
    public void publishMessages(java.util.List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into engine_outbox (kind, message_name, correlation_key, message_id, time_to_live, variables)
                        select 'PUBLISH_MESSAGE', u.name, u.key, u.id, make_interval(secs => u.ttl), u.vars::jsonb
                        from unnest(cast(:names as text[]), cast(:keys as text[]), cast(:ids as text[]),
                                    cast(:ttls as bigint[]), cast(:vars as text[])) as u(name, key, id, ttl, vars)""")
                .param("names", messages.stream().map(Message::name).toArray(String[]::new))
                .param("keys", messages.stream().map(Message::correlationKey).toArray(String[]::new))
                .param("ids", messages.stream().map(Message::messageId).toArray(String[]::new))
                .param("ttls", messages.stream().map(m -> m.timeToLive().toSeconds()).toArray(Long[]::new))
                .param("vars", messages.stream().map(m -> toJson(m.variables())).toArray(String[]::new))
                .update();
    }

    /** Cancels a process instance now (an admin's decision); false when the engine no longer has it. */
    public boolean cancelInstance(long processInstanceKey) {
        try {
            client.newCancelInstanceCommand(processInstanceKey).requestTimeout(Duration.ofSeconds(15)).send().join();
            return true;
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    /** Completes a job now (a person is waiting for the answer); false when the engine no longer has it. */
    public boolean completeJob(long jobKey, Map<String, Object> variables) {
        try {
            client.newCompleteCommand(jobKey).variables(variables).requestTimeout(Duration.ofSeconds(15))
                    .send().join();
            return true;
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    /** Extends a job's timeout; false when the job is gone (completed, or cancelled by its process). */
    public boolean extendJob(long jobKey, Duration timeout) {
        try {
            client.newUpdateTimeoutCommand(jobKey).timeout(timeout).requestTimeout(Duration.ofSeconds(10))
                    .send().join();
            return true;
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    private String toJson(Map<String, Object> variables) {
        try {
            return json.writeValueAsString(variables);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Process variables cannot be written as JSON", e);
        }
    }
}
