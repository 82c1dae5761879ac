package org.arflow.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Commands of one step of a simulated day, sent in turns: every claim's first command at once, then, once
 * those are answered and the engine has settled (a published message correlates after its answer), every
 * claim's second command, and so on. Claims do not wait for each other, and what a claim receives on a day
 * reaches its process in the order it was sent, whatever the load: both sides of a run see the same order.
 */
final class ClaimTurns {

    private final Map<SimClaim, Integer> sentPerClaim = new HashMap<>();
    private final List<List<Supplier<CompletableFuture<?>>>> turns = new ArrayList<>();

    void add(SimClaim claim, Supplier<CompletableFuture<?>> command) {
        int turn = sentPerClaim.merge(claim, 1, Integer::sum) - 1;
        while (turns.size() <= turn) {
            turns.add(new ArrayList<>());
        }
        turns.get(turn).add(command);
    }

    /** Sends turn after turn; after each, waits for the answers and then for {@code settle}. */
    void send(Runnable settle) {
        for (List<Supplier<CompletableFuture<?>>> turn : turns) {
            awaitAll(turn.stream().<CompletableFuture<?>>map(Supplier::get).toList());
            settle.run();
        }
    }

    /**
     * Waits for the answers. A failed one counts as done: a command refused because its task was withdrawn
     * meanwhile is nobody's work, and an answer the engine could not write belongs to a command it carried out.
     */
    static void awaitAll(List<? extends CompletableFuture<?>> sent) {
        for (CompletableFuture<?> f : sent) {
            try {
                f.join();
            } catch (RuntimeException failed) {
                // nothing to redo (see above)
            }
        }
    }
}
