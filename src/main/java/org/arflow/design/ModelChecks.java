package org.arflow.design;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.xml.validation.ValidationResultType;
import org.springframework.stereotype.Component;

/** The checks that read the draft itself: it parses, and what it needs from the app exists. */
@Component
class ModelChecks {

    static final String PARSES = "Parses";
    static final String JOB_TYPES = "Job types have workers";
    static final String MESSAGES = "Messages are published by the app";
    static final String GROUPS = "Candidate groups exist";

    private final AppCapabilities app;

    ModelChecks(AppCapabilities app) {
        this.app = app;
    }

    /** The parsed model, with one "Parses" line added; null (and a failed line) when the XML does not parse. */
    BpmnModelInstance parse(String xml, List<Check> report) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Bpmn.validateModel(model);
        } catch (RuntimeException e) {
            report.add(Check.failed(PARSES, "the file is not valid BPMN: " + rootMessage(e)));
            return null;
        }
        List<String> errors = new ArrayList<>();
        model.validate(ZeebeDesignTimeValidators.VALIDATORS).getResults().forEach((element, results) -> results.stream()
                .filter(r -> r.getType() == ValidationResultType.ERROR)
                .forEach(r -> errors.add("element " + idOf(element) + ": " + r.getMessage())));
        if (!errors.isEmpty()) {
            report.add(Check.failed(PARSES, String.join("; ", errors)));
            return null;
        }
        DraftModel facts = DraftModel.of(model);
        report.add(Check.passed(PARSES, "valid BPMN for Camunda 8, process " + String.join(", ", facts.processIds())));
        return model;
    }

    void checkNeeds(DraftModel draft, List<Check> report) {
        for (String task : draft.nativeUserTasks()) {
            report.add(Check.failed(JOB_TYPES, "user task " + task + " is a Camunda user task (zeebe:userTask): "
                    + "arflow's task list takes job-based user tasks only; remove the Camunda user task setting"));
        }
        for (DraftModel.Use job : draft.jobTypes()) {
            report.add(job.isExpression()
                    ? Check.cannotCheck(JOB_TYPES, job.element() + " has job type " + job.value() + " (an expression)")
                    : app.hasWorkerFor(job.value())
                    ? Check.passed(JOB_TYPES, job.element() + ": the app has a worker for " + job.value())
                    : Check.failed(JOB_TYPES, job.element() + ": no worker in the app takes job type \"" + job.value() + "\""));
        }
        Set<String> published = app.publishedMessages();
        for (DraftModel.Use message : draft.awaitedMessages()) {
            if (message.value() == null || message.value().isBlank()) {
                report.add(Check.failed(MESSAGES, message.element() + " waits for a message without a name"));
            } else if (message.isExpression()) {
                report.add(Check.cannotCheck(MESSAGES, message.element() + " waits for " + message.value() + " (an expression)"));
            } else if (published.contains(message.value())) {
                report.add(Check.passed(MESSAGES, message.element() + " waits for \"" + message.value() + "\", which the app publishes"));
            } else {
                report.add(Check.failed(MESSAGES, message.element() + " waits for message \"" + message.value()
                        + "\", which the app never publishes (it publishes " + String.join(", ", published) + ")"));
            }
        }
        Set<String> groups = app.groups();
        for (DraftModel.Use use : draft.candidateGroups()) {
            if (use.isExpression()) {
                report.add(Check.cannotCheck(GROUPS, use.element() + " goes to " + use.value() + " (an expression, decided per claim)"));
                continue;
            }
            List<String> unknown = Arrays.stream(use.value().split(",")).map(String::trim)
                    .filter(g -> !g.isEmpty() && !groups.contains(g)).toList();
            report.add(unknown.isEmpty()
                    ? Check.passed(GROUPS, use.element() + " goes to " + use.value() + ", which exists")
                    : Check.failed(GROUPS, use.element() + " goes to candidate group " + String.join(", ", unknown)
                    + ", which is no team or role in arflow"));
        }
    }

    private static String idOf(Object element) {
        if (element instanceof io.camunda.zeebe.model.bpmn.instance.BaseElement b) {
            return b.getId() + (b instanceof io.camunda.zeebe.model.bpmn.instance.FlowElement f && f.getName() != null
                    ? " (\"" + f.getName() + "\")" : "");
        }
        return String.valueOf(element);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? message : e.getMessage() + " (" + message + ")";
    }
}
