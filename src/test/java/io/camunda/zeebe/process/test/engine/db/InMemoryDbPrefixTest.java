package io.camunda.zeebe.process.test.engine.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.db.ColumnFamily;
import io.camunda.zeebe.db.TransactionContext;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.db.impl.DbCompositeKey;
import io.camunda.zeebe.db.impl.DbLong;
import io.camunda.zeebe.db.impl.DbString;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * arflow's in-memory database classes (src/embedded, shadowing the engine's) copy only the entries of the
 * prefix a visit asks for. What a visit sees must stay what the engine's own classes showed it.
 */
class InMemoryDbPrefixTest {

    private final DbString owner = new DbString();
    private final DbLong number = new DbLong();
    private final DbCompositeKey<DbString, DbLong> key = new DbCompositeKey<>(owner, number);
    private final DbString value = new DbString();
    private ZeebeDb<ZbColumnFamilies> db;
    private TransactionContext context;
    private ColumnFamily<DbCompositeKey<DbString, DbLong>, DbString> family;
    private ColumnFamily<DbCompositeKey<DbString, DbLong>, DbString> otherFamily;

    @BeforeEach
    void fill() {
        db = new InMemoryDbFactory<ZbColumnFamilies>().createDb();
        context = db.createContext();
        family = db.createColumnFamily(ZbColumnFamilies.VARIABLES, context, key, value);
        otherFamily = db.createColumnFamily(ZbColumnFamilies.JOBS, context, key, value);
        for (String o : List.of("a", "b", "bb", "c")) {
            for (long n = 1; n <= 3; n++) {
                put(family, o, n, o + n);
                put(otherFamily, o, n, "other " + o + n);
            }
        }
    }

    @Test
    void a_visit_of_a_prefix_sees_only_that_prefix_in_key_order_and_from_the_start_key_on() {
        assertThat(visit("b", null)).containsExactly("b1", "b2", "b3");
        assertThat(visit("b", 2L)).containsExactly("b2", "b3");
        assertThat(visit("nobody", null)).isEmpty();
        assertThat(family.countEqualPrefix(prefix("bb"))).isEqualTo(3);
        List<String> all = new ArrayList<>();
        family.forEach((k, v) -> all.add(v.toString()));
        assertThat(all).as("a whole column family, and no other").hasSize(12).first().isEqualTo("a1");
    }

    @Test
    void inside_a_transaction_a_visit_sees_its_own_writes_and_deletes_but_not_what_the_visitor_changes() {
        context.runInTransaction(() -> {
            put(family, "b", 4L, "b4");
            owner.wrapString("b");
            number.wrapLong(1);
            family.deleteExisting(key);
            assertThat(visit("b", null)).containsExactly("b2", "b3", "b4");

            List<String> seen = new ArrayList<>();
            family.whileEqualPrefix(prefix("b"), (k, v) -> {
                seen.add(v.toString());
                put(family, "b", 9L, "b9"); // written while visiting: not part of this visit
            });
            assertThat(seen).containsExactly("b2", "b3", "b4");
        });
        assertThat(visit("b", null)).as("committed").containsExactly("b2", "b3", "b4", "b9");
    }

    @Test
    void another_context_sees_committed_entries_only() {
        TransactionContext other = db.createContext();
        ColumnFamily<DbCompositeKey<DbString, DbLong>, DbString> seenByOther =
                db.createColumnFamily(ZbColumnFamilies.VARIABLES, other, new DbCompositeKey<>(new DbString(), new DbLong()),
                        new DbString());
        context.getCurrentTransaction(); // an open transaction, not committed yet
        put(family, "c", 7L, "c7");
        List<String> visible = new ArrayList<>();
        seenByOther.whileEqualPrefix(prefix("c"), (k, v) -> {
            visible.add(v.toString());
        });
        assertThat(visible).containsExactly("c1", "c2", "c3");
    }

    private List<String> visit(String prefixOwner, Long startAt) {
        List<String> seen = new ArrayList<>();
        if (startAt == null) {
            family.whileEqualPrefix(prefix(prefixOwner), (k, v) -> {
                seen.add(v.toString());
            });
        } else {
            DbString startOwner = new DbString();
            startOwner.wrapString(prefixOwner);
            DbLong startNumber = new DbLong();
            startNumber.wrapLong(startAt);
            family.whileEqualPrefix(prefix(prefixOwner), new DbCompositeKey<>(startOwner, startNumber), (k, v) -> {
                seen.add(v.toString());
                return true;
            });
        }
        return seen;
    }

    private static DbString prefix(String o) {
        DbString p = new DbString();
        p.wrapString(o);
        return p;
    }

    private void put(ColumnFamily<DbCompositeKey<DbString, DbLong>, DbString> cf, String o, long n, String v) {
        owner.wrapString(o);
        number.wrapLong(n);
        value.wrapString(v);
        cf.upsert(key, value);
    }
}
