package org.arflow.engine;

import io.camunda.zeebe.db.ColumnFamily;
import io.camunda.zeebe.db.DbKey;
import io.camunda.zeebe.db.DbValue;
import io.camunda.zeebe.db.TransactionContext;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.db.impl.DbNil;
import io.camunda.zeebe.db.impl.rocksdb.DbNullKey;
import io.camunda.zeebe.protocol.EnumValue;
import io.camunda.zeebe.protocol.ScopedColumnFamily;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.File;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The in-memory engine's state: arflow's own {@link ZeebeDb}, a sorted map of committed entries that
 * every transaction reads in place, with each transaction's writes kept apart until it commits.
 * The library's in-memory database (zeebe-process-test-engine 8.8.1) copied the whole state for every
 * prefix visit, so each command cost in proportion to the live claims, and it shared one unguarded
 * TreeMap between the stream processor and the engine's scheduled tasks (a second actor thread).
 * Here the committed map is a concurrent skip list (readers on other threads never fail), and
 * commits are applied one at a time. Keys are the column family's number (8 bytes, big-endian, as
 * in Zeebe's RocksDB store) followed by the key's own bytes, ordered unsigned.
 */
final class StateStore<F extends Enum<? extends EnumValue> & EnumValue & ScopedColumnFamily> implements ZeebeDb<F> {

    private final ConcurrentSkipListMap<byte[], byte[]> committed = new ConcurrentSkipListMap<>(Arrays::compareUnsigned);
    private final ReentrantLock commitLock = new ReentrantLock();
    private final MeterRegistry meters = new SimpleMeterRegistry();

    @Override
    public <K extends DbKey, V extends DbValue> ColumnFamily<K, V> createColumnFamily(F columnFamily,
            TransactionContext context, K keyInstance, V valueInstance) {
        return new StateColumnFamily<>(columnFamily, (StateTransactionContext) context, keyInstance, valueInstance);
    }

    @Override
    public TransactionContext createContext() {
        return new StateTransactionContext(this);
    }

    @Override
    public boolean isEmpty(F column, TransactionContext context) {
        return createColumnFamily(column, context, DbNullKey.INSTANCE, DbNil.INSTANCE).isEmpty();
    }

    @Override
    public void createSnapshot(File snapshotDir) {
        throw new UnsupportedOperationException("The in-memory state store takes no snapshots");
    }

    @Override
    public Optional<String> getProperty(String propertyName) {
        return Optional.empty();
    }

    @Override
    public MeterRegistry getMeterRegistry() {
        return meters;
    }

    @Override
    public void close() {
        committed.clear();
    }

    ConcurrentSkipListMap<byte[], byte[]> committed() {
        return committed;
    }

    /** Applies a transaction's writes; one commit at a time, so two never interleave. */
    void apply(Iterable<Map.Entry<byte[], byte[]>> writes) {
        commitLock.lock();
        try {
            for (var write : writes) {
                if (StateTransaction.isDeletion(write.getValue())) {
                    committed.remove(write.getKey());
                } else {
                    committed.put(write.getKey(), write.getValue());
                }
            }
        } finally {
            commitLock.unlock();
        }
    }

    int size() {
        return committed.size();
    }
}
