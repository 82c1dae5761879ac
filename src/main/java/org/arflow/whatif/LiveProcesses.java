package org.arflow.whatif;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The live versions: the BPMN and DMN files the app deploys to the live engine (bpmn/, the source of
 * truth), read again so that a what-if run deploys the very same files on its scratch engines.
 */
@Component
public class LiveProcesses {

    static final String DEFAULT_RESOURCES = "classpath*:bpmn/*.bpmn, classpath*:bpmn/*.dmn";

    private final ResourcePatternResolver resolver;
    private final String patterns;

    LiveProcesses(ResourcePatternResolver resolver,
                  @Value("${arflow.engine.resources:" + DEFAULT_RESOURCES + "}") String patterns) {
        this.resolver = resolver;
        this.patterns = patterns;
    }

    /** Every live file, by name. */
    public ProcessVersion live() {
        return read(resolver, patterns);
    }

    /** The files of bpmn/ on the class path, without a Spring context (tests, benchmarks). */
    public static ProcessVersion fromClasspath() {
        return read(new PathMatchingResourcePatternResolver(), DEFAULT_RESOURCES);
    }

    private static ProcessVersion read(ResourcePatternResolver resolver, String patterns) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            for (String pattern : patterns.split(",")) {
                for (Resource r : resolver.getResources(pattern.trim())) {
                    files.putIfAbsent(r.getFilename(), r.getContentAsByteArray());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProcessVersion("live", files);
    }
}
