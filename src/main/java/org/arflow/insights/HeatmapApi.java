package org.arflow.insights;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.arflow.engine.ElementVisits.ProcessVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The process heatmap's numbers over HTTP (JSON, or CSV with format=csv / .csv). Supervisors and admins only. */
@RestController
@RequestMapping("/api/insights")
@RolesAllowed({"SUPERVISOR", "ADMIN"})
@Tag(name = "Insights", description = "AR aging, KPIs, queues and productivity (filters: from, to, payer, team)")
class HeatmapApi {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    /** A process version's elements: claims there now, mean and p90 seconds spent there, colour. */
    record HeatmapAnswer(String processId, int version, long processDefinitionKey, List<ElementHeat> elements) {
    }

    private final Heatmap heatmap;

    HeatmapApi(Heatmap heatmap) {
        this.heatmap = heatmap;
    }

    @GetMapping({"/heatmap", "/heatmap.csv"})
    @Operation(summary = "Per BPMN element of a process version (default: latest claim-follow-up): "
            + "waiting now, left, mean and p90 seconds there; filters from, to (dates entered), payer, team")
    ResponseEntity<?> elements(@RequestParam(required = false) String process,
                               @RequestParam(required = false) Integer version,
                               @ModelAttribute InsightsApi.Params p, @RequestParam(required = false) String format,
                               HttpServletRequest request) {
        ProcessVersion v = chosen(process, version);
        List<ElementHeat> elements = heatmap.elements(v, p.filter());
        if (csv(format, request)) {
            return csvFile(Csv.heatmap(elements), "heatmap-" + v.processId() + "-v" + v.version() + ".csv");
        }
        return ResponseEntity.ok(new HeatmapAnswer(v.processId(), v.version(), v.definitionKey(), elements));
    }

    @GetMapping({"/heatmap/waiting", "/heatmap/waiting.csv"})
    @Operation(summary = "The claims waiting at one element now (claim, payer, billed, balance, since)")
    ResponseEntity<?> waiting(@RequestParam(required = false) String process,
                              @RequestParam(required = false) Integer version, @RequestParam String element,
                              @ModelAttribute InsightsApi.Params p, @RequestParam(required = false) String format,
                              HttpServletRequest request) {
        List<WaitingClaim> rows = heatmap.waiting(chosen(process, version), element, p.filter());
        return csv(format, request) ? csvFile(Csv.waiting(rows), "waiting-" + element + ".csv") : ResponseEntity.ok(rows);
    }

    private ProcessVersion chosen(String process, Integer version) {
        var found = process == null ? heatmap.defaultVersion() : heatmap.version(process, version);
        return found.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND,
                "no such deployed process version"));
    }

    private static boolean csv(String format, HttpServletRequest request) {
        return "csv".equalsIgnoreCase(format) || request.getRequestURI().endsWith(".csv");
    }

    private static ResponseEntity<String> csvFile(String body, String fileName) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(body);
    }
}
