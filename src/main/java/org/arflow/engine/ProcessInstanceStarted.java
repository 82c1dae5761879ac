package org.arflow.engine;

import java.util.Map;

/** Published when the engine accepted the start of a process instance queued by {@link ProcessEngine}. */
public record ProcessInstanceStarted(String processId, long processInstanceKey, Map<String, Object> variables,
                                     int version) {
}
