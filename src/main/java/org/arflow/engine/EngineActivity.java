package org.arflow.engine;

import java.time.Instant;

/**
 * One thing the engine did that the element projection keeps: a process version deployed, an element
 * entered or left, the claim an instance follows up. Read from the embedded engine's record stream or
 * from a cluster's search API ({@link EngineActivitySource}); times are the engine's clock.
 */
sealed interface EngineActivity {

    record ProcessDeployed(long definitionKey, String processId, int version, String xml) implements EngineActivity {
    }

    record ElementEntered(long elementInstanceKey, long processInstanceKey, long definitionKey, String processId,
                          int version, String elementId, String elementType, Instant at) implements EngineActivity {
    }

    /** outcome: COMPLETED or TERMINATED (e.g. interrupted by a boundary event or a cancelled instance). */
    record ElementLeft(long elementInstanceKey, String outcome, Instant at) implements EngineActivity {
    }

    record InstanceOfClaim(long processInstanceKey, String claimId) implements EngineActivity {
    }
}
