package org.arflow.engine;

import io.camunda.zeebe.db.TransactionContext;
import io.camunda.zeebe.db.TransactionOperation;
import io.camunda.zeebe.db.ZeebeDbTransaction;

/**
 * A context of the {@link StateStore}: one transaction at a time, which the stream processor opens
 * and commits itself; an operation outside one runs in a transaction of its own (as with Zeebe's
 * RocksDB store), and is undone when it throws.
 */
final class StateTransactionContext implements TransactionContext {

    private final StateTransaction transaction;

    StateTransactionContext(StateStore<?> store) {
        this.transaction = new StateTransaction(store);
    }

    @Override
    public void runInTransaction(TransactionOperation operations) {
        try {
            if (transaction.isOpen()) {
                operations.run();
            } else {
                transaction.begin();
                try {
                    operations.run();
                    transaction.commit();
                } finally {
                    if (transaction.isOpen()) {
                        transaction.rollback();
                    }
                }
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Unexpected error in a state store transaction", e);
        }
    }

    @Override
    public ZeebeDbTransaction getCurrentTransaction() {
        if (!transaction.isOpen()) {
            transaction.begin();
        }
        return transaction;
    }

    StateTransaction transaction() {
        return (StateTransaction) getCurrentTransaction();
    }
}
