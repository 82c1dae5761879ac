package org.arflow.engine;

/** One version of a process definition as the engine holds it. */
public record DeployedProcess(String processId, int version, long processDefinitionKey, String resourceName) {
}
