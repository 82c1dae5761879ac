package org.arflow.tasks;

import java.util.Map;

/**
 * Rules a feature adds to one of its task forms that need its own data (a payment plan must cover the
 * patient's balance). Checked after the form's own field checks, before the task completes.
 */
public interface FormCheck {

    /** The form key (BPMN "form" header) this check is for. */
    String formKey();

    /** Field name to what is wrong with it, in plain words; empty when the outcome is fine. */
    Map<String, String> check(Map<String, Object> taskVariables, Map<String, Object> outcome);
}
