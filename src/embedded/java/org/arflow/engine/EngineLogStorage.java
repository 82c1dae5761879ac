package org.arflow.engine;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * arflow's log storage for the in-memory engine, written for arflow against the {@link LogStorage}
 * interface, in place of the library's InMemoryLogStorage (zeebe-process-test-engine 8.8.1), whose
 * unguarded list let the stream processor read an entry another thread had not finished appending (a
 * NullPointerException in {@code ListLogStorageReader.next}, after which the engine's stream processor
 * stops for good). Here appends and reads share one lock, so a reader sees whole blocks only.
 */
final class EngineLogStorage implements LogStorage {

    private final List<ByteBuffer> blocks = new ArrayList<>();
    /** Lowest position in each block, to the block's number counted from 1 (as readers seek by position). */
    private final TreeMap<Long, Integer> blockByLowestPosition = new TreeMap<>();
    private final List<CommitListener> commitListeners = new CopyOnWriteArrayList<>();

    @Override
    public LogStorageReader newReader() {
        return new Reader();
    }

    @Override
    public void append(long lowestPosition, long highestPosition, BufferWriter writer, AppendListener listener) {
        ByteBuffer block = ByteBuffer.allocate(writer.getLength());
        writer.write(new UnsafeBuffer(block), 0);
        append(lowestPosition, highestPosition, block, listener);
    }

    @Override
    public void append(long lowestPosition, long highestPosition, ByteBuffer block, AppendListener listener) {
        int number;
        synchronized (this) {
            blocks.add(block);
            number = blocks.size();
            blockByLowestPosition.put(lowestPosition, number);
        }
        // in memory, written is committed: tell both at once, outside the lock
        listener.onWrite(number, highestPosition);
        listener.onCommit(number, highestPosition);
        commitListeners.forEach(CommitListener::onCommit);
    }

    @Override
    public void addCommitListener(CommitListener listener) {
        commitListeners.add(listener);
    }

    @Override
    public void removeCommitListener(CommitListener listener) {
        commitListeners.remove(listener);
    }

    private synchronized int blockCount() {
        return blocks.size();
    }

    private synchronized ByteBuffer block(int index) {
        return blocks.get(index);
    }

    /** The index of the block before the one starting at or after {@code position}: the reader scans on from there. */
    private synchronized int indexBefore(long position) {
        Map.Entry<Long, Integer> lower = blockByLowestPosition.lowerEntry(position);
        return lower == null ? 0 : lower.getValue() - 1;
    }

    private final class Reader implements LogStorageReader {

        private int next;

        @Override
        public void seek(long position) {
            next = indexBefore(position);
        }

        @Override
        public boolean hasNext() {
            return next < blockCount();
        }

        @Override
        public DirectBuffer next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return new UnsafeBuffer(block(next++));
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
