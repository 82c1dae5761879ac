package org.arflow.insights;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's tables over HTTP, as JSON or (format=csv or the .csv path) as CSV. Supervisors and admins only. */
@RestController
@RequestMapping("/api/insights")
@RolesAllowed({"SUPERVISOR", "ADMIN"})
@Tag(name = "Insights", description = "AR aging, KPIs, queues and productivity (filters: from, to, payer, team)")
class InsightsApi {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Insights insights;
    private final org.arflow.incidents.Incidents incidents;

    InsightsApi(Insights insights, org.arflow.incidents.Incidents incidents) {
        this.insights = insights;
        this.incidents = incidents;
    }

    record Params(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String payer, String team) {
        InsightsFilter filter() {
            return new InsightsFilter(from, to, payer, team);
        }
    }

    @GetMapping({"/ar", "/ar.csv"})
    @Operation(summary = "Open AR by payer and aging bucket (days since the date of service): claims and balance")
    ResponseEntity<?> ar(@ModelAttribute Params p, @RequestParam(required = false) String format,
                         jakarta.servlet.http.HttpServletRequest request) {
        return answer(insights.aging(p.filter()), Csv::aging, "ar-aging.csv", format, request);
    }

    @GetMapping({"/kpis", "/kpis.csv"})
    @Operation(summary = "Days in AR, % AR over 90 / 120 days, denial, first-pass and net collection rates")
    ResponseEntity<?> kpis(@ModelAttribute Params p, @RequestParam(required = false) String format,
                           jakarta.servlet.http.HttpServletRequest request) {
        return answer(insights.kpis(p.filter()), Csv::kpis, "ar-kpis.csv", format, request);
    }

    @GetMapping({"/queues", "/queues.csv"})
    @Operation(summary = "Open tasks per task type and team, past due, median wait and handling (period: last 30 days)")
    ResponseEntity<?> queues(@ModelAttribute Params p, @RequestParam(required = false) String format,
                             jakarta.servlet.http.HttpServletRequest request) {
        return answer(insights.queues(p.filter()), Csv::queues, "queues.csv", format, request);
    }

    @GetMapping({"/productivity", "/productivity.csv"})
    @Operation(summary = "Tasks completed per user per day, by task type and outcome (period: last 30 days)")
    ResponseEntity<?> productivity(@ModelAttribute Params p, @RequestParam(required = false) String format,
                                   jakarta.servlet.http.HttpServletRequest request) {
        return answer(insights.productivity(p.filter()), Csv::productivity, "productivity.csv", format, request);
    }

    @GetMapping({"/incidents", "/incidents.csv"})
    @Operation(summary = "Open incidents: jobs whose retries ran out, with the error, the claim and the retries left "
            + "(from / to: the day they failed; payer / team: of their claim)")
    ResponseEntity<?> incidents(@ModelAttribute Params p, @RequestParam(required = false) String format,
                                jakarta.servlet.http.HttpServletRequest request) {
        return answer(insights.incidents(p.filter()), Csv::incidents, "incidents.csv", format, request);
    }

    @GetMapping({"/trend", "/trend.csv"})
    @Operation(summary = "Open tasks per day, task type and team over the period (default the last 30 days)")
    ResponseEntity<?> trend(@ModelAttribute Params p, @RequestParam(required = false) String format,
                            jakarta.servlet.http.HttpServletRequest request) {
        return answer(insights.trend(p.filter()), Csv::trend, "queue-trend.csv", format, request);
    }

    @org.springframework.web.bind.annotation.PostMapping("/incidents/{jobKey}/retry")
    @Operation(summary = "Retry a job after a fix: its retries are restored and its incident resolved (404 when no open incident)")
    ResponseEntity<?> retry(@org.springframework.web.bind.annotation.PathVariable long jobKey,
                            org.springframework.security.core.Authentication user) {
        return incidents.retry(jobKey, user.getName()) ? ResponseEntity.ok(java.util.Map.of("retried", jobKey))
                : ResponseEntity.notFound().build();
    }

    private static <T> ResponseEntity<?> answer(List<T> rows, Function<List<T>, String> csv, String fileName,
                                                String format, jakarta.servlet.http.HttpServletRequest request) {
        if ("csv".equalsIgnoreCase(format) || request.getRequestURI().endsWith(".csv")) {
            return ResponseEntity.ok().contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                    .body(csv.apply(rows));
        }
        return ResponseEntity.ok(rows);
    }
}
