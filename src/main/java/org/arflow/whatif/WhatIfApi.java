package org.arflow.whatif;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What-if runs over HTTP: analysts pick the two sides and start runs, analysts and supervisors read them.
 */
@RestController
@RequestMapping("/api/whatif")
@RolesAllowed({"ANALYST", "SUPERVISOR"})
@Tag(name = "What-if", description = "Simulate a synthetic population on two process versions, side by side")
class WhatIfApi {

    private final WhatIfService whatIf;

    WhatIfApi(WhatIfService whatIf) {
        this.whatIf = whatIf;
    }

    /** A draft file for side B (BPMN or DMN XML); kept for callers from before sides could be picked. */
    record Draft(String label, String fileName, String content) {
    }

    /**
     * One side: {@code kind} LIVE (the default), VERSION (a deployed version of claim-follow-up:
     * {@code version}), DRAFT (a saved design draft: {@code draftId}) or FILE (an uploaded BPMN or DMN:
     * {@code fileName}, {@code content} as XML text, optional {@code label}).
     */
    record Side(String kind, Integer version, Long draftId, String fileName, String content, String label) {

        SideChoice choice(String name) {
            String k = kind == null ? "LIVE" : kind.toUpperCase(Locale.ROOT);
            return switch (k) {
                case "LIVE" -> new SideChoice.Live();
                case "VERSION" -> new SideChoice.DeployedVersion(required(version, name + ": a VERSION side needs its version"));
                case "DRAFT" -> new SideChoice.SavedDraft(required(draftId, name + ": a DRAFT side needs its draftId"));
                case "FILE" -> new SideChoice.UploadedFile(fileName,
                        content == null ? new byte[0] : content.getBytes(StandardCharsets.UTF_8), label);
                default -> throw new IllegalArgumentException(name + ": kind is LIVE, VERSION, DRAFT or FILE, not " + kind);
            };
        }

        private static <T> T required(T value, String message) {
            if (value == null) {
                throw new IllegalArgumentException(message);
            }
            return value;
        }
    }

    record RunRequest(Integer claims, Integer horizonDays, Long seed, Map<String, Integer> payerMix,
                      Double lostClaimRate, Double statusAnswerRate, Side sideA, Side sideB, Draft draft) {

        WhatIfParameters parameters() {
            WhatIfParameters d = WhatIfParameters.of(claims == null ? 2000 : claims,
                    horizonDays == null ? 180 : horizonDays, seed == null ? 42 : seed);
            return new WhatIfParameters(d.claims(), payerMix == null ? d.payerMix() : payerMix, d.horizonDays(), d.seed(),
                    lostClaimRate == null ? d.lostClaimRate() : lostClaimRate,
                    statusAnswerRate == null ? d.statusAnswerRate() : statusAnswerRate, d.cohortSize());
        }

        SideChoice a() {
            return sideA == null ? new SideChoice.Live() : sideA.choice("Side A");
        }

        SideChoice b() {
            if (sideB != null) {
                return sideB.choice("Side B");
            }
            return draft == null ? new SideChoice.Live() : new Side("FILE", null, null, draft.fileName(),
                    draft.content(), draft.label()).choice("Side B");
        }
    }

    @GetMapping("/sides")
    @RolesAllowed("ANALYST")
    @Operation(summary = "What can go on a side besides LIVE and FILE: the deployed versions of claim-follow-up "
            + "(VERSION) and the saved drafts (DRAFT)")
    SideOptions sides(Principal user) {
        return whatIf.sideOptions(user.getName());
    }

    @PostMapping("/runs")
    @RolesAllowed("ANALYST")
    @Operation(summary = "Start a run (202) of sideA against sideB (each LIVE by default); 400 names what is wrong, "
            + "403 for a draft the caller may not read, 429 when busy")
    ResponseEntity<Map<String, Object>> start(@RequestBody RunRequest request, Principal user) {
        long id = whatIf.start(user.getName(), request.parameters(), request.a(), request.b());
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
}
