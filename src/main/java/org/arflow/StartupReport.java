package org.arflow;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;

/**
 * Where start-up time goes: with {@code -Darflow.startup-report=true} (or {@code ARFLOW_STARTUP_REPORT=true})
 * Spring's start-up steps are recorded and, once the app is ready, the slowest ones are logged by their own
 * time (a bean's time without the beans it waited for).
 */
final class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);
    private static final int SHOWN = 25;

    private final BufferingApplicationStartup startup = new BufferingApplicationStartup(50_000);

    static void attachIfAsked(SpringApplication application) {
        if (Boolean.getBoolean("arflow.startup-report") || "true".equals(System.getenv("ARFLOW_STARTUP_REPORT"))) {
            StartupReport report = new StartupReport();
            application.setApplicationStartup(report.startup);
            application.addListeners(report);
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
        Map<Long, Duration> children = new HashMap<>();
        for (TimelineEvent e : events) {
            Long parent = e.getStartupStep().getParentId();
            if (parent != null) {
                children.merge(parent, e.getDuration(), Duration::plus);
            }
        }
        String slowest = events.stream()
                .sorted(Comparator.comparing((TimelineEvent e) -> own(e, children)).reversed())
                .limit(SHOWN)
                .map(e -> String.format("%6d ms own, %6d ms in all: %s %s", own(e, children).toMillis(),
                        e.getDuration().toMillis(), e.getStartupStep().getName(), tags(e)))
                .collect(Collectors.joining("\n"));
        log.info("Start-up report ({} steps, ready {} s after the JVM started), slowest steps:\n{}", events.size(),
                event.getTimeTaken() == null ? "?" : String.format("%.1f", event.getTimeTaken().toMillis() / 1000.0),
                slowest);
    }

    private static Duration own(TimelineEvent e, Map<Long, Duration> children) {
        return e.getDuration().minus(children.getOrDefault(e.getStartupStep().getId(), Duration.ZERO));
    }

    private static String tags(TimelineEvent e) {
        return StreamSupport.stream(e.getStartupStep().getTags().spliterator(), false)
                .map(t -> t.getKey() + "=" + t.getValue()).collect(Collectors.joining(", "));
    }
}
