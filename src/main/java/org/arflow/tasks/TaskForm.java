package org.arflow.tasks;

import java.util.List;
import java.util.Map;

/**
 * The form of one kind of task: its fields, each a process variable the gateways after the task
 * read. copies names variables that take another field's value (the BPMN reads it under that name).
 */
public record TaskForm(String key, String title, String instructions, List<FormField> fields,
                       Map<String, String> copies) {

    public boolean has(String field) {
        return fields.stream().anyMatch(f -> f.name().equals(field));
    }
}
