package org.arflow.engine;

import java.util.List;

/**
 * Reads what the engine did, in order, from where the previous read stopped (it remembers its position):
 * the in-memory engine's record stream, or a cluster's REST search endpoints (RemoteActivitySource).
 */
interface EngineActivitySource {

    /** At most about {@code max} activities after the last ones read; empty when there is nothing new. */
    List<EngineActivity> readNext(int max);
}
