package org.arflow.engine;

import java.util.Set;

/**
 * The messages a feature publishes to the engine, declared by that feature beside the code that
 * publishes them: draft validation asks every such bean which messages a process may wait for.
 */
public interface PublishedMessages {

    /** Message names this feature publishes (as in a BPMN message's name). */
    Set<String> messageNames();
}
