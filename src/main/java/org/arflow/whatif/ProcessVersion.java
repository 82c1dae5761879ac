package org.arflow.whatif;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One side of a comparison: a label people read ("live", "draft: faster follow-up") and the BPMN and DMN
 * files it deploys (file name to content), including the processes and decisions it calls.
 */
public record ProcessVersion(String label, Map<String, byte[]> resources) {

    public ProcessVersion {
        if (resources == null || resources.isEmpty()) {
            throw new IllegalArgumentException("A side needs at least one BPMN or DMN file");
        }
        resources = Map.copyOf(new LinkedHashMap<>(resources));
    }

    /** This version with some files replaced or added (a draft of one process on top of the live ones). */
    public ProcessVersion with(String newLabel, Map<String, byte[]> replaced) {
        Map<String, byte[]> all = new LinkedHashMap<>(resources);
        all.putAll(replaced);
        return new ProcessVersion(newLabel, all);
    }
}
