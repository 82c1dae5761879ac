/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH under
 * one or more contributor license agreements. See the NOTICE file distributed
 * with this work for additional information regarding copyright ownership.
 * Licensed under the Zeebe Community License 1.1. You may not use this file
 * except in compliance with the Zeebe Community License 1.1.
 *
 * Modified by arflow: this interface shadows the one in zeebe-process-test-engine 8.8.1. A prefix
 * iteration asks for the entries of its prefix only (entriesWithPrefix), not for a copy of the whole
 * database.
 */
package io.camunda.zeebe.process.test.engine.db;

import io.camunda.zeebe.db.DbValue;
import java.util.Collection;
import java.util.Map;

interface InMemoryDbState {

  void put(FullyQualifiedKey fullyQualifiedKey, DbValue value);

  byte[] get(FullyQualifiedKey fullyQualifiedKey);

  void delete(FullyQualifiedKey fullyQualifiedKey);

  /**
   * The entries whose key starts with {@code prefix} and is not below {@code from}, in key order, as this
   * transaction sees them now (its own writes included): a copy, so the caller may change the state while
   * it goes through them.
   */
  Collection<Map.Entry<Bytes, Bytes>> entriesWithPrefix(Bytes from, Bytes prefix);

  boolean contains(FullyQualifiedKey fullyQualifiedKey);
}
