package org.arflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.db.ColumnFamily;
import io.camunda.zeebe.db.TransactionContext;
import io.camunda.zeebe.db.ZeebeDbInconsistentException;
import io.camunda.zeebe.db.ZeebeDbTransaction;
import io.camunda.zeebe.db.impl.DbCompositeKey;
import io.camunda.zeebe.db.impl.DbLong;
import io.camunda.zeebe.db.impl.DbString;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** arflow's state store keeps the semantics of Zeebe's RocksDB store the engine was written for. */
class StateStoreTest {

    private final StateStore<ZbColumnFamilies> store = new StateStore<>();

    /** A column family keyed (first, second) with string values, as many of the engine's are. */
    private final class Table {
        final TransactionContext context = store.createContext();
        final DbLong first = new DbLong();
        final DbLong second = new DbLong();
        final DbCompositeKey<DbLong, DbLong> key = new DbCompositeKey<>(first, second);
        final DbString value = new DbString();
        final ColumnFamily<DbCompositeKey<DbLong, DbLong>, DbString> family;

        Table(ZbColumnFamilies name) {
            family = store.createColumnFamily(name, context, key, value);
        }

        Table() {
            this(ZbColumnFamilies.JOBS);
        }

        DbCompositeKey<DbLong, DbLong> at(long a, long b) {
            first.wrapLong(a);
            second.wrapLong(b);
            return key;
        }

        void upsert(long a, long b, String text) {
            value.wrapString(text);
            family.upsert(at(a, b), value);
        }

        List<String> inPrefix(long a) {
            DbLong prefix = new DbLong();
            prefix.wrapLong(a);
            List<String> seen = new ArrayList<>();
            family.whileEqualPrefix(prefix, (k, v) -> {
                seen.add(k.first().getValue() + "/" + k.second().getValue() + "=" + v);
            });
            return seen;
        }
    }

    @Test
    void a_prefix_visit_sees_its_prefix_only_in_unsigned_key_order() {
        Table table = new Table();
        table.upsert(1, 3, "c");
        table.upsert(2, 1, "other");
        table.upsert(1, 1, "a");
        table.upsert(1, -1, "negative sorts last, as in RocksDB");
        table.upsert(0, 9, "before");
        table.upsert(1, 2, "b");

        assertThat(table.inPrefix(1)).containsExactly("1/1=a", "1/2=b", "1/3=c",
                "1/-1=negative sorts last, as in RocksDB");
    }

    @Test
    void column_families_do_not_see_each_other() {
        Table jobs = new Table(ZbColumnFamilies.JOBS);
        Table timers = new Table(ZbColumnFamilies.TIMERS);
        jobs.upsert(1, 1, "job");
        timers.upsert(1, 1, "timer");

        assertThat(jobs.inPrefix(1)).containsExactly("1/1=job");
        assertThat(timers.family.count()).isEqualTo(1);
        assertThat(store.isEmpty(ZbColumnFamilies.VARIABLES, store.createContext())).isTrue();
        assertThat(store.isEmpty(ZbColumnFamilies.TIMERS, store.createContext())).isFalse();
    }

    @Test
    void a_visit_from_a_start_key_begins_there_and_stops_at_the_end_of_the_prefix() {
        Table table = new Table();
        for (long b = 1; b <= 5; b++) {
            table.upsert(7, b, "v" + b);
        }
        table.upsert(8, 1, "next prefix");
        DbLong prefix = new DbLong();
        prefix.wrapLong(7);
        List<Long> seen = new ArrayList<>();

        table.family.whileEqualPrefix(prefix, table.at(7, 3), (k, v) -> seen.add(k.second().getValue()));

        assertThat(seen).containsExactly(3L, 4L, 5L);
        seen.clear();
        table.family.whileTrue(table.at(7, 5), (k, v) -> seen.add(k.first().getValue()));
        assertThat(seen).as("whileTrue walks the whole column family from its start key").containsExactly(7L, 8L);
    }

    @Test
    void a_transaction_sees_its_own_writes_and_deletions_merged_with_what_is_committed() throws Exception {
        Table table = new Table();
        table.upsert(1, 1, "old");
        table.upsert(1, 2, "gone");
        table.upsert(1, 3, "kept");
        Table other = new Table();

        ZeebeDbTransaction transaction = table.context.getCurrentTransaction();
        table.upsert(1, 1, "new");
        table.family.deleteExisting(table.at(1, 2));
        table.upsert(1, 4, "added");

        assertThat(table.inPrefix(1)).containsExactly("1/1=new", "1/3=kept", "1/4=added");
        assertThat(other.inPrefix(1)).as("another context before the commit")
                .containsExactly("1/1=old", "1/2=gone", "1/3=kept");
        transaction.commit();
        assertThat(other.inPrefix(1)).containsExactly("1/1=new", "1/3=kept", "1/4=added");
    }

    @Test
    void a_rolled_back_transaction_leaves_nothing_behind() throws Exception {
        Table table = new Table();
        table.upsert(1, 1, "committed");
        ZeebeDbTransaction transaction = table.context.getCurrentTransaction();
        table.upsert(1, 2, "pending");
        table.family.deleteExisting(table.at(1, 1));
        transaction.rollback();

        assertThat(table.inPrefix(1)).containsExactly("1/1=committed");
    }

    @Test
    void an_operation_that_fails_outside_a_transaction_is_undone() {
        Table table = new Table();
        table.upsert(1, 1, "first");
        table.value.wrapString("again");

        assertThatThrownBy(() -> table.context.runInTransaction(() -> {
            table.upsert(1, 2, "written before the failure");
            table.family.insert(table.at(1, 1), table.value);
        })).isInstanceOf(ZeebeDbInconsistentException.class).hasMessageContaining("already exists");

        assertThat(table.inPrefix(1)).containsExactly("1/1=first");
    }

    @Test
    void insert_update_and_delete_check_whether_the_key_exists() {
        Table table = new Table();
        table.value.wrapString("x");

        assertThatThrownBy(() -> table.family.update(table.at(5, 5), table.value))
                .isInstanceOf(ZeebeDbInconsistentException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> table.family.deleteExisting(table.at(5, 5)))
                .isInstanceOf(ZeebeDbInconsistentException.class);
        table.family.insert(table.at(5, 5), table.value);
        assertThat(table.family.exists(table.at(5, 5))).isTrue();
        assertThat(table.family.get(table.at(5, 5)).toString()).isEqualTo("x");
        table.family.deleteIfExists(table.at(5, 5));
        table.family.deleteIfExists(table.at(5, 6));
        assertThat(table.family.exists(table.at(5, 5))).isFalse();
        assertThat(table.family.isEmpty()).isTrue();
    }

    @Test
    void a_visitor_that_deletes_what_it_visits_walks_to_the_end() {
        Table table = new Table();
        for (long b = 1; b <= 100; b++) {
            table.upsert(3, b, "job " + b);
        }
        DbLong prefix = new DbLong();
        prefix.wrapLong(3);
        List<Long> visited = new ArrayList<>();
        table.context.runInTransaction(() -> table.family.whileEqualPrefix(prefix, (k, v) -> {
            visited.add(k.second().getValue());
            table.family.deleteExisting(k);
        }));

        assertThat(visited).hasSize(100);
        assertThat(table.family.countEqualPrefix(prefix)).isZero();
    }

    @Test
    void a_reader_on_another_thread_walks_while_commits_go_on() throws Exception {
        Table writer = new Table();
        Table reader = new Table();
        CompletableFuture<Long> walks = CompletableFuture.supplyAsync(() -> {
            long count = 0;
            for (int i = 0; i < 2_000; i++) {
                count += reader.family.count();
            }
            return count;
        });
        for (long b = 0; b < 5_000; b++) {
            writer.upsert(1, b, "v");
            if (b % 2 == 0) {
                writer.family.deleteExisting(writer.at(1, b));
            }
        }

        assertThat(walks.get(60, TimeUnit.SECONDS)).isNotNegative();
        assertThat(reader.family.count()).isEqualTo(2_500);
    }
}
