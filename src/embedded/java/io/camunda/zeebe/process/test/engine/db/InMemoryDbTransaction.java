/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH under
 * one or more contributor license agreements. See the NOTICE file distributed
 * with this work for additional information regarding copyright ownership.
 * Licensed under the Zeebe Community License 1.1. You may not use this file
 * except in compliance with the Zeebe Community License 1.1.
 *
 * Modified by arflow: this class shadows the one in zeebe-process-test-engine 8.8.1.
 * - entriesWithPrefix copies the entries of one key prefix (the library's newIterator copied the
 *   whole database into a new TreeMap for every prefix iteration: most of the engine's CPU time
 *   once it held a few hundred process instances).
 * - The committed map is shared by every transaction context of the database, and the engine reads
 *   it from more than one thread (the stream processor, and scheduled tasks such as the batch
 *   operation scheduler). Reads and commits of it are now synchronized on it, so a reader never
 *   walks the tree while a commit restructures it (ConcurrentModificationException, or a lost
 *   answer when it happened while a response was being written).
 */
package io.camunda.zeebe.process.test.engine.db;

import io.camunda.zeebe.db.DbValue;
import io.camunda.zeebe.db.TransactionOperation;
import io.camunda.zeebe.db.ZeebeDbTransaction;
import io.camunda.zeebe.util.buffer.BufferUtil;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;

final class InMemoryDbTransaction implements ZeebeDbTransaction, InMemoryDbState {

  /** The committed state, shared with the database's other transaction contexts: guarded by itself. */
  private final TreeMap<Bytes, Bytes> database;

  private final TreeMap<Bytes, Bytes> transactionCache = new TreeMap<>();
  private final HashSet<Bytes> deletedKeys = new HashSet<>();
  private boolean inCurrentTransaction = false;

  InMemoryDbTransaction(final TreeMap<Bytes, Bytes> database) {
    this.database = database;
  }

  void resetTransaction() {
    rollback();
    inCurrentTransaction = true;
  }

  public boolean isInCurrentTransaction() {
    return inCurrentTransaction;
  }

  @Override
  public void run(final TransactionOperation operations) throws Exception {
    operations.run();
  }

  @Override
  public void commit() {
    inCurrentTransaction = false;
    synchronized (database) {
      database.putAll(transactionCache);
      deletedKeys.forEach(database::remove);
    }
    deletedKeys.clear();
    transactionCache.clear();
  }

  @Override
  public void rollback() {
    inCurrentTransaction = false;
    deletedKeys.clear();
    transactionCache.clear();
  }

  @Override
  public void put(final FullyQualifiedKey fullyQualifiedKey, final DbValue value) {
    deletedKeys.remove(fullyQualifiedKey.getKeyBytes());
    transactionCache.put(fullyQualifiedKey.getKeyBytes(), Bytes.fromDbValue(value));
  }

  @Override
  public byte[] get(final FullyQualifiedKey fullyQualifiedKey) {
    final Bytes key = fullyQualifiedKey.getKeyBytes();
    if (deletedKeys.contains(key)) {
      return null;
    }
    final Bytes valueInCache = transactionCache.get(key);
    if (valueInCache != null) {
      return valueInCache.toBytes();
    }
    final Bytes valueInDatabase;
    synchronized (database) {
      valueInDatabase = database.get(key);
    }
    return valueInDatabase == null ? null : valueInDatabase.toBytes();
  }

  @Override
  public void delete(final FullyQualifiedKey fullyQualifiedKey) {
    final Bytes keyBytes = fullyQualifiedKey.getKeyBytes();
    transactionCache.remove(keyBytes);
    deletedKeys.add(keyBytes);
  }

  @Override
  public Collection<Map.Entry<Bytes, Bytes>> entriesWithPrefix(final Bytes from, final Bytes prefix) {
    final TreeMap<Bytes, Bytes> entries = new TreeMap<>();
    synchronized (database) {
      copyWithPrefix(database, from, prefix, entries);
    }
    entries.keySet().removeAll(deletedKeys);
    copyWithPrefix(transactionCache, from, prefix, entries);
    return entries.entrySet();
  }

  /** Keys with a prefix follow each other in the map's (unsigned, byte-wise) order, starting at the prefix. */
  private static void copyWithPrefix(
      final TreeMap<Bytes, Bytes> source,
      final Bytes from,
      final Bytes prefix,
      final TreeMap<Bytes, Bytes> into) {
    final byte[] prefixBytes = prefix.toBytes();
    for (final Map.Entry<Bytes, Bytes> entry : source.tailMap(from, true).entrySet()) {
      final byte[] key = entry.getKey().toBytes();
      if (!BufferUtil.startsWith(prefixBytes, 0, prefixBytes.length, key, 0, key.length)) {
        return;
      }
      into.put(entry.getKey(), entry.getValue());
    }
  }

  @Override
  public boolean contains(final FullyQualifiedKey fullyQualifiedKey) {
    final Bytes keyBytes = fullyQualifiedKey.getKeyBytes();
    if (deletedKeys.contains(keyBytes)) {
      return false;
    }
    if (transactionCache.containsKey(keyBytes)) {
      return true;
    }
    synchronized (database) {
      return database.containsKey(keyBytes);
    }
  }
}
