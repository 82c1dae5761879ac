package org.arflow.engine;

import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.logstreams.log.LoggedEvent;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.value.job.JobBatchRecord;
import io.camunda.zeebe.protocol.impl.record.value.job.JobRecord;
import io.camunda.zeebe.protocol.impl.record.value.message.MessageRecord;
import io.camunda.zeebe.protocol.impl.record.value.timer.TimerRecord;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.protocol.record.intent.JobBatchIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.MessageIntent;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.scheduler.clock.ControlledActorClock;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells when an in-memory engine has settled, by following its log with a reader of its own: the stream
 * processor has processed everything written, and every timer and message whose time its clock has passed
 * was triggered or expired. The engine's own idle check (two looks 50 ms apart on a timer thread all engines
 * of the JVM share) takes at least 100 ms and says nothing about timers its scheduler has not fired yet; this
 * one answers within a millisecond or two once the engine is done, and waits for those timers.
 * It also keeps the jobs that can be activated now, by type, so a driver asks only for job types with work.
 */
final class SettleWatch {

    private static final Logger log = LoggerFactory.getLogger(SettleWatch.class);
    private static final long POLL_NANOS = Duration.ofMillis(1).toNanos();
    /** How long a passed timer or deadline may stay pending while the engine has nothing else to do. */
    static final Duration OVERDUE_GRACE = Duration.ofSeconds(2);

    private final LogStreamReader reader;
    private final StreamProcessor processor;
    private final ControlledActorClock clock;
    private long position = -1;
    /** Timers not triggered or cancelled yet: key to due date (engine time, ms). */
    private final Map<Long, Long> timers = new HashMap<>();
    /** Published messages not expired yet: key to deadline. */
    private final Map<Long, Long> messages = new HashMap<>();
    /** Jobs that can be activated: key to job type. */
    private final Map<Long, String> activatable = new HashMap<>();

    SettleWatch(LogStream log, StreamProcessor processor, ControlledActorClock clock) {
        this.reader = log.newLogStreamReader();
        this.processor = processor;
        this.clock = clock;
    }

    /**
     * True once settled; false when the timeout passed first. A timer or message deadline the clock has passed
     * that the engine has not acted on after {@link #OVERDUE_GRACE} with nothing else to do is logged and no
     * longer waited for.
     */
    synchronized boolean settle(Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        long idleSince = 0;
        while (true) {
            // first the processor (its answer orders what it wrote before our read), then the log
            boolean processedAll = processor.hasProcessingReachedTheEnd().join();
            int read = readNewRecords();
            clock.update(); // the clock keeps the time its threads last read: it may not know of the last move yet
            long now = clock.getTimeMillis();
            Map<Long, Long> overdueTimers = due(timers, now);
            Map<Long, Long> overdueMessages = due(messages, now);
            boolean working = !processedAll || read > 0;
            if (!working && overdueTimers.isEmpty() && overdueMessages.isEmpty()) {
                return true;
            }
            long at = System.nanoTime();
            if (working) {
                idleSince = 0;
            } else if (idleSince == 0) {
                idleSince = at;
            } else if (at - idleSince > OVERDUE_GRACE.toNanos()) {
                // seen about once in a run of 2,000 claims, for a message deadline the engine did not expire
                log.warn("The engine left {} timers and {} message deadlines its clock passed (now {}) for {} with "
                        + "nothing else to do: timers {}, messages {}; not waiting for them any longer",
                        overdueTimers.size(), overdueMessages.size(), now, OVERDUE_GRACE, overdueTimers, overdueMessages);
                timers.keySet().removeAll(overdueTimers.keySet());
                messages.keySet().removeAll(overdueMessages.keySet());
                continue;
            }
            if (at > until) {
                log.warn("Not settled after {}: processed all {}, new records {}, overdue timers {}, overdue messages {}",
                        timeout, processedAll, read, overdueTimers, overdueMessages);
                return false;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** Job types with at least one job that can be activated, as far as the log read so far tells. */
    synchronized Set<String> waitingJobTypes() {
        readNewRecords();
        return new TreeSet<>(activatable.values());
    }

    private static Map<Long, Long> due(Map<Long, Long> dueDates, long now) {
        Map<Long, Long> due = new HashMap<>();
        dueDates.forEach((key, at) -> {
            if (at <= now) {
                due.put(key, at);
            }
        });
        return due;
    }

    private int readNewRecords() {
        if (position < 0) {
            reader.seekToFirstEvent();
        } else {
            reader.seekToNextEvent(position);
        }
        int read = 0;
        RecordMetadata metadata = new RecordMetadata();
        try {
            while (reader.hasNext()) {
                LoggedEvent event = reader.next();
                metadata.reset();
                event.readMetadata(metadata);
                if (metadata.getRecordType() == RecordType.EVENT) {
                    follow(event, metadata.getIntent());
                }
                position = event.getPosition();
                read++;
            }
        } catch (RuntimeException appendedMeanwhile) {
            // the library's log is a plain list the engine appends to from its own threads: a read can see an
            // entry before it is complete. Nothing was lost: the next round reads again after the last whole one.
            return Math.max(read, 1);
        }
        return read;
    }

    private void follow(LoggedEvent event, Intent intent) {
        if (intent instanceof TimerIntent timer) {
            if (timer == TimerIntent.CREATED) {
                TimerRecord value = new TimerRecord();
                event.readValue(value);
                timers.put(event.getKey(), value.getDueDate());
            } else if (timer == TimerIntent.TRIGGERED || timer == TimerIntent.CANCELED) {
                timers.remove(event.getKey());
            }
        } else if (intent instanceof MessageIntent message) {
            if (message == MessageIntent.PUBLISHED) {
                MessageRecord value = new MessageRecord();
                event.readValue(value);
                if (value.getTimeToLive() > 0) {
                    messages.put(event.getKey(), value.getDeadline());
                }
            } else if (message == MessageIntent.EXPIRED) {
                messages.remove(event.getKey());
            }
        } else if (intent instanceof JobIntent job) {
            followJob(event, job);
        } else if (intent == JobBatchIntent.ACTIVATED) {
            JobBatchRecord value = new JobBatchRecord();
            event.readValue(value);
            value.getJobKeys().forEach(activatable::remove);
        }
    }

    private void followJob(LoggedEvent event, JobIntent job) {
        switch (job) {
            // may be activated (again); a failed job without retries is counted too: asking once more is harmless
            case CREATED, TIMED_OUT, FAILED, RETRIES_UPDATED, RECURRED_AFTER_BACKOFF, YIELDED, MIGRATED -> {
                JobRecord value = new JobRecord();
                event.readValue(value);
                activatable.put(event.getKey(), value.getType());
            }
            case COMPLETED, CANCELED, ERROR_THROWN -> activatable.remove(event.getKey());
            default -> {
                // updates of an activated job's timeout or variables change nothing here
            }
        }
    }
}
