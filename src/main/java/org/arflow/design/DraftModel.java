package org.arflow.design;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.IntermediateThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** What a parsed draft asks of the app: the jobs it creates, the messages it waits for, who its tasks go to. */
record DraftModel(List<String> processIds, List<Use> jobTypes, List<Use> awaitedMessages, List<Use> candidateGroups,
                  List<String> nativeUserTasks) {

    /** A value an element uses (a job type, a message name, a group list), with the element's id and name. */
    record Use(String elementId, String elementName, String value) {

        String element() {
            return elementName == null || elementName.isBlank() ? elementId : "\"" + elementName + "\" (" + elementId + ")";
        }

        boolean isExpression() {
            return value != null && value.trim().startsWith("=");
        }
    }

    /** The job type the engine gives job-worker based user tasks (no zeebe:userTask); the task list takes them. */
    static final String USER_TASK_JOB = "io.camunda.zeebe:userTask";

    static DraftModel of(BpmnModelInstance model) {
        List<String> processes = model.getModelElementsByType(Process.class).stream().map(Process::getId).toList();
        List<Use> jobs = new ArrayList<>();
        model.getModelElementsByType(ZeebeTaskDefinition.class).forEach(d -> jobs.add(use(d, d.getType())));
        model.getModelElementsByType(ZeebeExecutionListener.class).forEach(l -> jobs.add(use(l, l.getType())));
        model.getModelElementsByType(ZeebeTaskListener.class).forEach(l -> jobs.add(use(l, l.getType())));
        List<String> nativeTasks = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getSingleExtensionElement(ZeebeUserTask.class) != null) {
                nativeTasks.add(new Use(task.getId(), task.getName(), null).element());
            } else {
                jobs.add(new Use(task.getId(), task.getName(), USER_TASK_JOB));
            }
        }
        List<Use> messages = new ArrayList<>();
        for (MessageEventDefinition d : model.getModelElementsByType(MessageEventDefinition.class)) {
            ModelElementInstance event = d.getParentElement();
            boolean throwing = event instanceof IntermediateThrowEvent || event instanceof EndEvent;
            if (!throwing) { // a throwing message event is a job, checked with the job types
                messages.add(use(d, d.getMessage() == null ? null : d.getMessage().getName()));
            }
        }
        for (ReceiveTask task : model.getModelElementsByType(ReceiveTask.class)) {
            messages.add(new Use(task.getId(), task.getName(), task.getMessage() == null ? null : task.getMessage().getName()));
        }
        List<Use> groups = new ArrayList<>();
        model.getModelElementsByType(ZeebeAssignmentDefinition.class).stream()
                .filter(a -> a.getCandidateGroups() != null && !a.getCandidateGroups().isBlank())
                .forEach(a -> groups.add(use(a, a.getCandidateGroups())));
        return new DraftModel(processes, jobs, messages, groups, nativeTasks);
    }

    /** The flow element an extension or definition belongs to. */
    private static Use use(ModelElementInstance inner, String value) {
        for (ModelElementInstance e = inner; e != null; e = e.getParentElement()) {
            if (e instanceof io.camunda.zeebe.model.bpmn.instance.FlowElement flow) {
                return new Use(flow.getId(), flow.getName(), value);
            }
            if (e instanceof Process p) {
                return new Use(p.getId(), p.getName(), value);
            }
        }
        return new Use(inner instanceof BaseElement b ? b.getId() : "?", null, value);
    }
}
