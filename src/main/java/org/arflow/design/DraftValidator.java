package org.arflow.design;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Validates a draft in the order a person would: it parses; it deploys on a scratch engine beside the
 * live files; its job types, messages and candidate groups exist in the app; the scenarios pass.
 */
@Component
class DraftValidator {

    private final ModelChecks model;
    private final ScratchChecks scratch;

    DraftValidator(ModelChecks model, ScratchChecks scratch) {
        this.model = model;
        this.scratch = scratch;
    }

    ValidationReport validate(String resourceName, String xml) {
        List<Check> report = new ArrayList<>();
        BpmnModelInstance parsed = model.parse(xml, report);
        if (parsed == null) {
            report.add(Check.failed("Other checks", "not run: the file must parse first"));
            return new ValidationReport(report, OffsetDateTime.now());
        }
        DraftModel needs = DraftModel.of(parsed);
        model.checkNeeds(needs, report);
        scratch.run(resourceName, xml, needs, report);
        return new ValidationReport(report, OffsetDateTime.now());
    }
}
