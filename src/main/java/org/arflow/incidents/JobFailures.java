package org.arflow.incidents;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.JobError;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.DefaultJobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import java.time.Duration;
import org.arflow.claims.ClaimService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Replaces the Camunda starter's handling of exceptions thrown by job workers (it steps back when a bean of
 * this type exists): each failure is recorded in PostgreSQL with its message, the claim and the retries
 * left, then the job is failed with one retry less and a backoff; at zero retries the engine raises an
 * incident. BPMN errors are the flow's business and pass through unrecorded.
 */
@Component
class JobFailures implements JobExceptionHandlingStrategy {

    private static final int MAX_MESSAGE = 2000;
    private static final int MAX_PENDING = 10_000;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(JobFailures.class);

    private final java.util.Queue<Failure> pending = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private final JobExceptionHandlingStrategy starterDefault;
    private final JdbcClient jdbc;
    private final ClaimService claims;
    private final Duration backoff;

    JobFailures(CommandExceptionHandlingStrategy commands, MetricsRecorder metrics, JdbcClient jdbc, ClaimService claims,
                @Value("${arflow.jobs.retry-backoff:PT10S}") Duration backoff) {
        this.starterDefault = new DefaultJobExceptionHandlingStrategy(commands, metrics);
        this.jdbc = jdbc;
        this.claims = claims;
        this.backoff = backoff;
    }

    @Override
    public void handleException(Exception e, ExceptionHandlingContext context) throws Exception {
        if (e instanceof BpmnError) {
            starterDefault.handleException(e, context);
            return;
        }
        ActivatedJob job = context.job();
        JobError failure = e instanceof JobError given ? given
                : new JobError(message(e), null, Math.max(job.getRetries() - 1, 0), backoff, e);
        int retriesLeft = failure.getRetries() == null ? Math.max(job.getRetries() - 1, 0) : failure.getRetries();
        try {
            record(job, message(e), retriesLeft);
        } catch (RuntimeException databaseDown) {
            // the job must still fail with its backoff (e.g. PostgreSQL is what failed); the engine keeps the count
            log.warn("Failure of job {} ({}) not recorded: {}", job.getKey(), job.getType(), databaseDown.getClass().getSimpleName());
        }
        starterDefault.handleException(failure, context);
    }

    /** What is written to job_failure; kept in memory while the database is unreachable. */
    private record Failure(long jobKey, String jobType, long processInstanceKey, String elementId, Object claimId,
                           String message, int retriesLeft) {
    }

    private void record(ActivatedJob job, String message, int retriesLeft) {
        Failure failure = new Failure(job.getKey(), job.getType(), job.getProcessInstanceKey(), job.getElementId(),
                job.getVariablesAsMap().get("claimId"), message, retriesLeft);
        try {
            writePending();
            write(failure);
        } catch (DataAccessException databaseAway) {
            // the job is still failed with its backoff below; its record waits for the database
            if (pending.size() < MAX_PENDING) {
                pending.add(failure);
            }
            log.warn("Job {} ({}) failed while the database is unreachable; its failure is recorded when it returns",
                    job.getKey(), job.getType());
        }
    }

    /** Writes the failures that happened while the database was away, oldest first. */
    @Scheduled(fixedDelayString = "PT5S")
    void writePending() {
        for (Failure f = pending.peek(); f != null; f = pending.peek()) {
            write(f);
            pending.poll();
        }
    }

    private void write(Failure f) {
        jdbc.sql("""
                        insert into job_failure (job_key, job_type, process_instance_key, element_id, claim_id,
                                                 error_message, retries_left)
                        values (:key, :type, :pi, :element, :claim, :message, :retries)
                        on conflict (job_key) do update set error_message = excluded.error_message,
                            retries_left = excluded.retries_left, failures = job_failure.failures + 1,
                            failed_at = now(), retried_at = null, retried_by = null""")
                .param("key", f.jobKey()).param("type", f.jobType()).param("pi", f.processInstanceKey())
                .param("element", f.elementId())
                .param("claim", f.claimId() != null ? f.claimId().toString()
                        : claims.claimOfProcessInstance(f.processInstanceKey()).orElse(null))
                .param("message", f.message()).param("retries", f.retriesLeft()).update();
    }

    private static String message(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root == e ? String.valueOf(e.getMessage())
                : e.getMessage() + " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        String words = e.getClass().getSimpleName() + ": " + text;
        return words.length() > MAX_MESSAGE ? words.substring(0, MAX_MESSAGE) : words;
    }
}
