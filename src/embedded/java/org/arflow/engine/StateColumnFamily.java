package org.arflow.engine;

import io.camunda.zeebe.db.ColumnFamily;
import io.camunda.zeebe.db.DbKey;
import io.camunda.zeebe.db.DbValue;
import io.camunda.zeebe.db.KeyValuePairVisitor;
import io.camunda.zeebe.db.ZeebeDbInconsistentException;
import io.camunda.zeebe.db.impl.ZeebeDbConstants;
import io.camunda.zeebe.db.impl.rocksdb.DbNullKey;
import io.camunda.zeebe.protocol.ColumnFamilyScope;
import io.camunda.zeebe.protocol.EnumValue;
import io.camunda.zeebe.protocol.ScopedColumnFamily;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A column family of the {@link StateStore}, with the semantics of Zeebe's RocksDB column family:
 * keys in unsigned byte order, a prefix visit ends at the first key outside the prefix, insert fails
 * on an existing key and update or deleteExisting on a missing one. Foreign keys are not checked
 * (the engine leaves them off outside its own tests).
 */
final class StateColumnFamily<F extends Enum<? extends EnumValue> & EnumValue & ScopedColumnFamily,
        K extends DbKey, V extends DbValue> implements ColumnFamily<K, V> {

    private final F columnFamily;
    private final StateTransactionContext context;
    private final K keyInstance;
    private final V valueInstance;
    private final ExpandableArrayBuffer keyBuffer = new ExpandableArrayBuffer();
    private final ExpandableArrayBuffer valueBuffer = new ExpandableArrayBuffer();

    StateColumnFamily(F columnFamily, StateTransactionContext context, K keyInstance, V valueInstance) {
        this.columnFamily = columnFamily;
        this.context = context;
        this.keyInstance = keyInstance;
        this.valueInstance = valueInstance;
    }

    @Override
    public void insert(K key, V value) {
        write(key, value, true, false);
    }

    @Override
    public void update(K key, V value) {
        write(key, value, false, true);
    }

    @Override
    public void upsert(K key, V value) {
        write(key, value, false, false);
    }

    private void write(K key, V value, boolean mustBeNew, boolean mustExist) {
        context.runInTransaction(() -> {
            StateTransaction transaction = context.transaction();
            byte[] fullKey = fullKey(key);
            if (mustBeNew || mustExist) {
                boolean exists = transaction.get(fullKey) != null;
                if (mustBeNew && exists) {
                    throw new ZeebeDbInconsistentException(
                            "Key " + key + " in ColumnFamily " + columnFamily + " already exists");
                }
                if (mustExist && !exists) {
                    throw new ZeebeDbInconsistentException(
                            "Key " + key + " in ColumnFamily " + columnFamily + " does not exist");
                }
            }
            value.write(valueBuffer, 0);
            transaction.put(fullKey, Arrays.copyOf(valueBuffer.byteArray(), value.getLength()));
        });
    }

    @Override
    public V get(K key) {
        byte[] value = read(key);
        if (value == null) {
            return null;
        }
        valueInstance.wrap(new UnsafeBuffer(value), 0, value.length);
        return valueInstance;
    }

    @Override
    public V get(K key, Supplier<V> valueSupplier) {
        byte[] value = read(key);
        if (value == null) {
            return null;
        }
        V fresh = valueSupplier.get();
        fresh.wrap(new UnsafeBuffer(value), 0, value.length);
        return fresh;
    }

    @Override
    public boolean exists(K key) {
        return read(key) != null;
    }

    private byte[] read(DbKey key) {
        byte[][] found = new byte[1][];
        context.runInTransaction(() -> found[0] = context.transaction().get(fullKey(key)));
        return found[0];
    }

    @Override
    public void deleteExisting(K key) {
        context.runInTransaction(() -> {
            StateTransaction transaction = context.transaction();
            byte[] fullKey = fullKey(key);
            if (transaction.get(fullKey) == null) {
                throw new ZeebeDbInconsistentException(
                        "Key " + key + " in ColumnFamily " + columnFamily + " does not exist");
            }
            transaction.delete(fullKey);
        });
    }

    @Override
    public void deleteIfExists(K key) {
        context.runInTransaction(() -> context.transaction().delete(fullKey(key)));
    }

    @Override
    public void forEach(Consumer<V> consumer) {
        visit(DbNullKey.INSTANCE, DbNullKey.INSTANCE, (k, v) -> {
            consumer.accept(v);
            return true;
        });
    }

    @Override
    public void forEach(BiConsumer<K, V> consumer) {
        visit(DbNullKey.INSTANCE, DbNullKey.INSTANCE, (k, v) -> {
            consumer.accept(k, v);
            return true;
        });
    }

    @Override
    public void whileTrue(K startAtKey, KeyValuePairVisitor<K, V> visitor) {
        visit(startAtKey, DbNullKey.INSTANCE, visitor);
    }

    @Override
    public void whileTrue(KeyValuePairVisitor<K, V> visitor) {
        visit(DbNullKey.INSTANCE, DbNullKey.INSTANCE, visitor);
    }

    @Override
    public void whileEqualPrefix(DbKey keyPrefix, BiConsumer<K, V> visitor) {
        visit(keyPrefix, keyPrefix, (k, v) -> {
            visitor.accept(k, v);
            return true;
        });
    }

    @Override
    public void whileEqualPrefix(DbKey keyPrefix, KeyValuePairVisitor<K, V> visitor) {
        visit(keyPrefix, keyPrefix, visitor);
    }

    @Override
    public void whileEqualPrefix(DbKey keyPrefix, K startAtKey, KeyValuePairVisitor<K, V> visitor) {
        visit(startAtKey, keyPrefix, visitor);
    }

    @Override
    public boolean isEmpty() {
        boolean[] empty = {true};
        visit(DbNullKey.INSTANCE, DbNullKey.INSTANCE, (k, v) -> {
            empty[0] = false;
            return false;
        });
        return empty[0];
    }

    @Override
    public long count() {
        return countEqualPrefix(DbNullKey.INSTANCE);
    }

    @Override
    public long countEqualPrefix(DbKey prefix) {
        long[] count = {0};
        walk(prefix, prefix, entry -> {
            count[0]++;
            return true;
        });
        return count[0];
    }

    @Override
    public ColumnFamilyScope partitionScope() {
        return columnFamily.partitionScope();
    }

    /** From {@code startAt} (the prefix itself when null) while keys start with {@code prefix}. */
    private void visit(DbKey startAt, DbKey prefix, KeyValuePairVisitor<K, V> visitor) {
        Objects.requireNonNull(visitor);
        walk(Objects.requireNonNullElse(startAt, prefix), prefix, entry -> {
            byte[] key = entry.getKey();
            byte[] value = entry.getValue();
            keyInstance.wrap(new UnsafeBuffer(key, Long.BYTES, key.length - Long.BYTES), 0, key.length - Long.BYTES);
            valueInstance.wrap(new UnsafeBuffer(value), 0, value.length);
            return visitor.visit(keyInstance, valueInstance);
        });
    }

    private void walk(DbKey startAt, DbKey prefix, EntryVisitor visitor) {
        Objects.requireNonNull(prefix);
        byte[] prefixBytes = fullKey(prefix);
        byte[] from = fullKey(startAt);
        context.runInTransaction(() -> {
            Iterator<Map.Entry<byte[], byte[]>> entries = context.transaction().range(from, prefixBytes);
            while (entries.hasNext()) {
                Map.Entry<byte[], byte[]> entry = entries.next();
                if (!startsWith(entry.getKey(), prefixBytes) || !visitor.visit(entry)) {
                    return;
                }
            }
        });
    }

    private static boolean startsWith(byte[] key, byte[] prefix) {
        return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** The column family's number, then the key: the order of Zeebe's RocksDB store. */
    private byte[] fullKey(DbKey key) {
        keyBuffer.putLong(0, columnFamily.getValue(), ZeebeDbConstants.ZB_DB_BYTE_ORDER);
        key.write(keyBuffer, Long.BYTES);
        return Arrays.copyOf(keyBuffer.byteArray(), Long.BYTES + key.getLength());
    }

    @FunctionalInterface
    private interface EntryVisitor {
        boolean visit(Map.Entry<byte[], byte[]> entry);
    }
}
