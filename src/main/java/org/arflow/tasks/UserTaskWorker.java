package org.arflow.tasks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.arflow.engine.ProcessModels;
import org.springframework.stereotype.Component;

/**
 * Takes every job-based user task from the engine into the task list. The job stays activated (a
 * long timeout, renewed by {@link TaskReconciler}) until a person completes it. Public: the Camunda
 * starter invokes it reflectively.
 */
@Component
public class UserTaskWorker {

    static final String JOB_TYPE = "io.camunda.zeebe:userTask";
    private static final long THIRTY_DAYS_MS = 30L * 24 * 3600 * 1000;

    private final TaskInbox inbox;
    private final ProcessModels models;
    private final TaskEvents events;
    private final TaskContexts contexts;
    private final ObjectMapper json;

    UserTaskWorker(TaskInbox inbox, ProcessModels models, TaskEvents events, TaskContexts contexts,
                   ObjectMapper json) {
        this.inbox = inbox;
        this.models = models;
        this.events = events;
        this.contexts = contexts;
        this.json = json;
    }

    @JobWorker(type = JOB_TYPE, autoComplete = false, timeout = THIRTY_DAYS_MS, fetchAllVariables = true)
    public void takeIntoTaskList(ActivatedJob job) {
        Map<String, String> headers = job.getCustomHeaders();
        Map<String, Object> variables = job.getVariablesAsMap();
        Object claimId = variables.get("claimId");
        UserTask task = new UserTask(job.getKey(), job.getProcessInstanceKey(), job.getBpmnProcessId(),
                job.getElementId(), models.elementName(job.getBpmnProcessId(), job.getElementId()),
                claimId == null ? null : claimId.toString(), list(headers.get("io.camunda.zeebe:candidateGroups")),
                headers.get("io.camunda.zeebe:assignee"), date(headers.get("io.camunda.zeebe:dueDate")),
                headers.getOrDefault("form", headers.get("io.camunda.zeebe:formKey")), headers.get("stage"),
                variables, "OPEN", OffsetDateTime.now());
        boolean isNew = inbox.upsert(task);
        contexts.attach(task);
        if (isNew) {
            events.opened(task);
        }
    }

    private List<String> list(String jsonArray) {
        if (jsonArray == null || jsonArray.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(jsonArray, new TypeReference<>() {
            });
        } catch (Exception e) {
            return List.of(jsonArray.split("\\s*,\\s*"));
        }
    }

    private static OffsetDateTime date(String text) {
        // the engine writes FEEL date-times with a zone id, e.g. 2027-03-01T02:08:53Z[Etc/UTC]
        return text == null || text.isBlank() ? null : java.time.ZonedDateTime.parse(text).toOffsetDateTime();
    }
}
