package org.arflow.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands the outbox to the engine, oldest first, one command at a time: the engine sets the pace.
 * A failed command stops the round (so a claim's start is never overtaken by its own messages) and
 * is retried with a growing pause; the backlog is visible in {@link #backlog()}.
 */
@Component
class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration IDLE_PAUSE = Duration.ofMillis(200);
    private static final TypeReference<Map<String, Object>> VARIABLES = new TypeReference<>() {
    };

    record Command(long id, String kind, String processId, String startBefore, String messageName,
                   String correlationKey, String messageId, Long ttlSeconds, String variables, int attempts) {
    }

    private final JdbcClient jdbc;
    private final CamundaClient client;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private volatile Thread thread;
    private final boolean enabled;

    OutboxRelay(JdbcClient jdbc, CamundaClient client, ObjectMapper json, ApplicationEventPublisher events,
                @org.springframework.beans.factory.annotation.Value("${arflow.engine.outbox-relay:true}") boolean enabled) {
        this.enabled = enabled;
        this.jdbc = jdbc;
        this.client = client;
        this.json = json;
        this.events = events;
    }

    /** Commands not yet accepted by the engine. */
    long backlog() {
        return jdbc.sql("select count(*) from engine_outbox where sent_at is null").query(Long.class).single();
    }

    /** Relays what is due now; returns how many commands the engine accepted. */
    int relayDue() {
        List<Command> due = jdbc.sql("""
                        select id, kind, process_id, start_before, message_name, correlation_key, message_id,
                               extract(epoch from time_to_live)::bigint as ttl_seconds, variables::text as variables, attempts
                        from engine_outbox where sent_at is null and next_attempt_at <= now()
                        order by id limit 50""")
                .query(Command.class).list();
        int sent = 0;
        for (Command command : due) {
            try {
                send(command);
                jdbc.sql("update engine_outbox set sent_at = now(), last_error = null where id = :id")
                        .param("id", command.id()).update();
                sent++;
            } catch (RuntimeException e) {
                if (isDuplicateMessage(e)) {
                    jdbc.sql("update engine_outbox set sent_at = now() where id = :id").param("id", command.id()).update();
                    continue;
                }
                long pauseSeconds = Math.min(300, 1L << Math.min(8, command.attempts()));
                jdbc.sql("""
                                update engine_outbox set attempts = attempts + 1, last_error = :error,
                                       next_attempt_at = now() + make_interval(secs => :pause) where id = :id""")
                        .param("error", String.valueOf(e.getMessage())).param("pause", pauseSeconds)
                        .param("id", command.id()).update();
                log.warn("Engine refused outbox command {} ({}), retry in {} s: {}", command.id(), command.kind(),
                        pauseSeconds, e.getMessage());
                break;
            }
        }
        return sent;
    }

    private void send(Command c) throws RuntimeException {
        Map<String, Object> variables = readVariables(c.variables());
        Duration timeout = Duration.ofSeconds(20);
        if ("START_PROCESS".equals(c.kind())) {
            var command = client.newCreateInstanceCommand().bpmnProcessId(c.processId()).latestVersion()
                    .variables(variables);
            if (c.startBefore() != null) {
                command = command.startBeforeElement(c.startBefore());
            }
            var started = command.requestTimeout(timeout).send().join();
            events.publishEvent(new ProcessInstanceStarted(c.processId(), started.getProcessInstanceKey(), variables,
                    started.getVersion()));
        } else {
            client.newPublishMessageCommand().messageName(c.messageName()).correlationKey(c.correlationKey())
                    .messageId(c.messageId()).timeToLive(Duration.ofSeconds(c.ttlSeconds() == null ? 3600 : c.ttlSeconds()))
                    .variables(variables).requestTimeout(timeout).send().join();
        }
    }

    private Map<String, Object> readVariables(String text) {
        try {
            return json.readValue(text, VARIABLES);
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable variables in the outbox", e);
        }
    }

    private static boolean isDuplicateMessage(RuntimeException e) {
        return String.valueOf(e.getMessage()).contains("ALREADY_EXISTS");
    }

    @Override
    public void start() {
        if (!enabled) {
            log.warn("Outbox relay is off (arflow.engine.outbox-relay=false): nothing reaches the engine");
            return;
        }
        thread = Thread.ofPlatform().daemon().name("engine-outbox").start(this::loop);
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (relayDue() == 0) {
                    Thread.sleep(IDLE_PAUSE);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("Outbox relay round failed: {}", e.getMessage());
                sleepQuietly();
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        Thread running = thread;
        if (running != null) {
            running.interrupt();
            try {
                running.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null && thread.isAlive();
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100; // after the web server and workers; stops first
    }
}
