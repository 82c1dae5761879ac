package org.arflow.whatif;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.Process;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A side made of the live files with one file in their place: an uploaded file, a saved draft or an older
 * deployed version (BPMN or DMN) replaces the live file that defines the same process (or decision), whatever
 * the file is called; the rest stays live.
 */
final class Replacement {

    private static final Pattern DECISION_ID = Pattern.compile("<(?:\\w+:)?decision\\s[^>]*\\bid=\"([^\"]+)\"");

    private Replacement() {
    }

    static ProcessVersion apply(ProcessVersion live, String label, String fileName, byte[] content) {
        if (fileName == null || !(fileName.endsWith(".bpmn") || fileName.endsWith(".dmn"))) {
            throw new IllegalArgumentException("A draft is a .bpmn or .dmn file");
        }
        Set<String> defines = defines(fileName, content);
        if (defines.isEmpty()) {
            throw new IllegalArgumentException(fileName + " defines no process or decision");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        live.resources().forEach((name, bytes) -> {
            if (name.endsWith(fileName.substring(fileName.lastIndexOf('.'))) && !disjoint(defines(name, bytes), defines)) {
                return; // the draft replaces this live file
            }
            files.put(name, bytes);
        });
        files.put(fileName, content);
        return new ProcessVersion(label, files);
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }

    private static Set<String> defines(String fileName, byte[] content) {
        Set<String> ids = new HashSet<>();
        if (fileName.endsWith(".dmn")) {
            Matcher m = DECISION_ID.matcher(new String(content, StandardCharsets.UTF_8));
            while (m.find()) {
                ids.add(m.group(1));
            }
            return ids;
        }
        try {
            Bpmn.readModelFromStream(new ByteArrayInputStream(content)).getModelElementsByType(Process.class)
                    .forEach(p -> ids.add(p.getId()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(fileName + " is not a BPMN file arflow can read: " + e.getMessage());
        }
        return ids;
    }
}
