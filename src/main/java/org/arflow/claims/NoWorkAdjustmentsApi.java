package org.arflow.claims;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.arflow.security.AuditLog;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The administrators' list of adjustments that are nobody's work (everything else non-patient is a denied amount). */
@RestController
@RequestMapping("/api/admin/no-work-adjustments")
@RolesAllowed("ADMIN")
@Tag(name = "Administration", description = "Office-wide rules")
@Validated
class NoWorkAdjustmentsApi {

    record RuleChange(@NotBlank @Size(max = 200) String description) {
    }

    private final NoWorkAdjustments rules;
    private final AuditLog audit;

    NoWorkAdjustmentsApi(NoWorkAdjustments rules, AuditLog audit) {
        this.rules = rules;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Group + reason codes that lower a balance without work for a person (CO-45, CO-253, ...)")
    List<NoWorkAdjustments.Rule> list() {
        return rules.list();
    }

    @PutMapping("/{group}/{reason}")
    @Operation(summary = "Add or describe a no-work adjustment; from the next posted remittance on it is not a denial")
    ResponseEntity<Void> put(@PathVariable @Pattern(regexp = "CO|OA|PI", message = "must be CO, OA or PI") String group,
                             @PathVariable @Pattern(regexp = "[A-Z0-9]{1,5}", message = "must be a reason code") String reason,
                             @Valid @RequestBody RuleChange change, Authentication user) {
        rules.put(group, reason, change.description(), user.getName());
        audit.record(user.getName(), "NO_WORK_ADJUSTMENT_SET", null, null, group + "-" + reason + ": " + change.description());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{group}/{reason}")
    @Operation(summary = "Remove a no-work adjustment: from then on its amounts are denied amounts someone works")
    ResponseEntity<Void> remove(@PathVariable String group, @PathVariable String reason, Authentication user) {
        if (!rules.remove(group, reason)) {
            return ResponseEntity.notFound().build();
        }
        audit.record(user.getName(), "NO_WORK_ADJUSTMENT_REMOVED", null, null, group + "-" + reason);
        return ResponseEntity.noContent().build();
    }
}
