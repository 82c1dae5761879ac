package org.arflow.whatif;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What-if runs over HTTP: analysts start them (live against live or a draft), analysts and supervisors read them. */
@RestController
@RequestMapping("/api/whatif")
@RolesAllowed({"ANALYST", "SUPERVISOR"})
@Tag(name = "What-if", description = "Simulate a synthetic population on two process versions, side by side")
class WhatIfApi {

    private final WhatIfService whatIf;

    WhatIfApi(WhatIfService whatIf) {
        this.whatIf = whatIf;
    }

    /** A draft file for side B (BPMN or DMN XML); without one both sides run the live files. */
    record Draft(String label, String fileName, String content) {
    }

    record RunRequest(Integer claims, Integer horizonDays, Long seed, Map<String, Integer> payerMix,
                      Double lostClaimRate, Double statusAnswerRate, Draft draft) {

        WhatIfParameters parameters() {
            WhatIfParameters d = WhatIfParameters.of(claims == null ? 2000 : claims,
                    horizonDays == null ? 180 : horizonDays, seed == null ? 42 : seed);
            return new WhatIfParameters(d.claims(), payerMix == null ? d.payerMix() : payerMix, d.horizonDays(), d.seed(),
                    lostClaimRate == null ? d.lostClaimRate() : lostClaimRate,
                    statusAnswerRate == null ? d.statusAnswerRate() : statusAnswerRate, d.cohortSize());
        }
    }

    @PostMapping("/runs")
    @RolesAllowed("ANALYST")
    @Operation(summary = "Start a run (202); side A is live, side B the draft if given; 400 names what is wrong, 429 when busy")
    ResponseEntity<Map<String, Object>> start(@RequestBody RunRequest request, Principal user) {
        ProcessVersion live = whatIf.live();
        ProcessVersion b = request.draft() == null ? live
                : whatIf.draft(request.draft().label() == null ? "draft: " + request.draft().fileName()
                : request.draft().label(), request.draft().fileName(),
                request.draft().content() == null ? new byte[0] : request.draft().content().getBytes(StandardCharsets.UTF_8));
        long id = whatIf.start(user.getName(), request.parameters(), live, b);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", id, "status", "QUEUED"));
    }

    @GetMapping("/runs")
    @Operation(summary = "The latest runs, newest first, with their results when done")
    List<WhatIfRun> runs() {
        return whatIf.latest();
    }

    @GetMapping("/runs/{id}")
    @Operation(summary = "One run: parameters, status, progress (0 to 1) and each side's figures")
    ResponseEntity<WhatIfRun> run(@PathVariable long id) {
        return whatIf.run(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> invalid(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(WhatIfBusyException.class)
    ResponseEntity<Map<String, String>> busy(WhatIfBusyException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(Map.of("error", e.getMessage()));
    }
}
