package org.arflow.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ClaimRepository {

    private static final String COLUMNS = """
            id, claim_id, patient_name, payer_name, date_of_service, billed_amount, balance, status,
            process_instance_key, submitted_at, updated_at""";

    private final JdbcClient jdbc;

    ClaimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the claim unless its claim id is known; empty when it was. */
    Optional<Claim> insert(NewClaim c) {
        return jdbc.sql("""
                        insert into claim (claim_id, patient_name, payer_name, date_of_service, billed_amount, balance, status)
                        values (:claimId, :patient, :payer, :dos, :billed, :billed, 'SUBMITTED')
                        on conflict (claim_id) do nothing
                        returning\s""" + COLUMNS)
                .param("claimId", c.claimId()).param("patient", c.patientName()).param("payer", c.payerName())
                .param("dos", c.dateOfService()).param("billed", c.billedAmount())
                .query(Claim.class).optional();
    }

    Optional<Claim> find(String claimId) {
        return jdbc.sql("select " + COLUMNS + " from claim where claim_id = :claimId")
                .param("claimId", claimId).query(Claim.class).optional();
    }

    List<Claim> list(int limit) {
        return jdbc.sql("select " + COLUMNS + " from claim order by updated_at desc limit :limit")
                .param("limit", limit).query(Claim.class).list();
    }

    void setProcessInstance(long id, long processInstanceKey) {
        jdbc.sql("update claim set process_instance_key = :key where id = :id")
                .param("key", processInstanceKey).param("id", id).update();
    }

    void setStatus(long id, ClaimStatus status) {
        jdbc.sql("update claim set status = :status, updated_at = now() where id = :id")
                .param("status", status.name()).param("id", id).update();
    }

    /** Records the payment once per reference; false when that reference was already recorded. */
    boolean insertPayment(long claimId, NewPayment p, String recordedBy) {
        int inserted = jdbc.sql("""
                        insert into claim_payment (claim_id, amount, paid_on, reference, recorded_by)
                        values (:claimId, :amount, :paidOn, :reference, :by)
                        on conflict (claim_id, reference) do nothing
                        """)
                .param("claimId", claimId).param("amount", p.amount()).param("paidOn", p.paidOn())
                .param("reference", p.reference()).param("by", recordedBy).update();
        if (inserted == 1) {
            jdbc.sql("update claim set balance = balance - :amount, updated_at = now() where id = :id")
                    .param("amount", p.amount()).param("id", claimId).update();
        }
        return inserted == 1;
    }

    /** Adds a timeline entry once per dedup key, so a retried job writes it only once. */
    void addEvent(long claimId, String kind, String description, String dedupKey) {
        jdbc.sql("""
                        insert into claim_event (claim_id, kind, description, dedup_key)
                        values (:claimId, :kind, :description, :dedupKey)
                        on conflict (claim_id, dedup_key) do nothing
                        """)
                .param("claimId", claimId).param("kind", kind).param("description", description)
                .param("dedupKey", dedupKey).update();
    }

    List<ClaimEvent> timeline(long claimId) {
        return jdbc.sql("""
                        select occurred_at, kind, description from claim_event
                        where claim_id = :claimId order by occurred_at, id""")
                .param("claimId", claimId).query(ClaimEvent.class).list();
    }

    List<StatusSummary> summaryByStatus() {
        return jdbc.sql("""
                        select status, count(*) as claims, coalesce(sum(balance), 0) as balance
                        from claim group by status order by status""")
                .query((rs, n) -> new StatusSummary(ClaimStatus.valueOf(rs.getString("status")),
                        rs.getLong("claims"), rs.getBigDecimal("balance")))
                .list();
    }

    BigDecimal totalBalance() {
        return jdbc.sql("select coalesce(sum(balance), 0) from claim").query(BigDecimal.class).single();
    }
}
