package org.arflow.engine;

import io.camunda.zeebe.db.TransactionOperation;
import io.camunda.zeebe.db.ZeebeDbTransaction;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * One transaction on the {@link StateStore}: its puts and deletes (a deletion is a marker value) wait
 * in a small sorted overlay, reads look there first and then at the committed map, and a commit
 * applies the overlay. Nothing is copied for a read but the overlay's part of the visited range.
 */
final class StateTransaction implements ZeebeDbTransaction {

    private static final byte[] DELETED = new byte[0];

    private final StateStore<?> store;
    private final TreeMap<byte[], byte[]> writes = new TreeMap<>(Arrays::compareUnsigned);
    private boolean open;

    StateTransaction(StateStore<?> store) {
        this.store = store;
    }

    static boolean isDeletion(byte[] value) {
        return value == DELETED;
    }

    boolean isOpen() {
        return open;
    }

    void begin() {
        writes.clear();
        open = true;
    }

    @Override
    public void run(TransactionOperation operations) throws Exception {
        operations.run();
    }

    @Override
    public void commit() {
        if (!writes.isEmpty()) {
            store.apply(writes.entrySet());
        }
        writes.clear();
        open = false;
    }

    @Override
    public void rollback() {
        writes.clear();
        open = false;
    }

    byte[] get(byte[] key) {
        byte[] written = writes.get(key);
        if (written != null) {
            return written == DELETED ? null : written;
        }
        return store.committed().get(key);
    }

    void put(byte[] key, byte[] value) {
        writes.put(key, value);
    }

    void delete(byte[] key) {
        writes.put(key, DELETED);
    }

    /**
     * The entries from {@code from} on while their keys start with {@code prefix}, in key order. The
     * overlay's part is copied (a visitor may write to the overlay while it walks); the committed map
     * is read in place: the stream processor's own commit comes after its visits, and a reader on
     * another thread sees each entry as it is when it gets there (no failure, no copy).
     */
    Iterator<Map.Entry<byte[], byte[]>> range(byte[] from, byte[] prefix) {
        byte[] end = after(prefix);
        NavigableMap<byte[], byte[]> committed = bounded(store.committed(), from, end);
        NavigableMap<byte[], byte[]> pending = writes.isEmpty() ? writes : new TreeMap<>(bounded(writes, from, end));
        return new Merged(committed.entrySet().iterator(), pending.entrySet().iterator());
    }

    private static NavigableMap<byte[], byte[]> bounded(NavigableMap<byte[], byte[]> map, byte[] from, byte[] end) {
        if (end == null) {
            return map.tailMap(from, true);
        }
        return Arrays.compareUnsigned(from, end) >= 0 ? new TreeMap<>() : map.subMap(from, true, end, false);
    }

    /** The first key after every key that starts with {@code prefix}; null when there is none. */
    static byte[] after(byte[] prefix) {
        for (int i = prefix.length - 1; i >= 0; i--) {
            if (prefix[i] != (byte) 0xFF) {
                byte[] end = Arrays.copyOf(prefix, i + 1);
                end[i]++;
                return end;
            }
        }
        return null;
    }

    /** Two sorted streams as one: the overlay's entry wins over the committed one, deletions hide both. */
    private static final class Merged implements Iterator<Map.Entry<byte[], byte[]>> {
        private final Iterator<Map.Entry<byte[], byte[]>> committed;
        private final Iterator<Map.Entry<byte[], byte[]>> pending;
        private Map.Entry<byte[], byte[]> nextCommitted;
        private Map.Entry<byte[], byte[]> nextPending;
        private Map.Entry<byte[], byte[]> next;

        Merged(Iterator<Map.Entry<byte[], byte[]>> committed, Iterator<Map.Entry<byte[], byte[]>> pending) {
            this.committed = committed;
            this.pending = pending;
            nextCommitted = step(committed);
            nextPending = step(pending);
            advance();
        }

        private static Map.Entry<byte[], byte[]> step(Iterator<Map.Entry<byte[], byte[]>> it) {
            return it.hasNext() ? it.next() : null;
        }

        private void advance() {
            next = null;
            while (next == null && (nextCommitted != null || nextPending != null)) {
                int order = nextCommitted == null ? 1 : nextPending == null ? -1
                        : Arrays.compareUnsigned(nextCommitted.getKey(), nextPending.getKey());
                if (order < 0) {
                    next = nextCommitted;
                    nextCommitted = step(committed);
                } else {
                    if (order == 0) {
                        nextCommitted = step(committed);
                    }
                    if (!isDeletion(nextPending.getValue())) {
                        next = nextPending;
                    }
                    nextPending = step(pending);
                }
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Map.Entry<byte[], byte[]> next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            Map.Entry<byte[], byte[]> current = next;
            advance();
            return current;
        }
    }
}
