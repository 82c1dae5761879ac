package org.arflow.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ClaimRepository {

    private static final String SELECT = """
            select c.id, c.claim_id, c.patient_id, p.first_name || ' ' || p.last_name as patient_name,
                   c.payer_id, y.name as payer_name, c.service_from, c.service_to, c.billed_amount, c.expected_amount,
                   c.paid_amount, c.patient_responsibility, c.adjusted_amount, c.balance, c.stage, c.priority,
                   c.timely_filing_deadline, c.appeal_deadline, c.process_instance_key, c.submitted_at, c.updated_at,
                   c.closed_at
            from claim c join patient p on p.id = c.patient_id join payer y on y.id = c.payer_id
            """;

    private final JdbcClient jdbc;

    ClaimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the claim unless its claim id is known; empty when it was. */
    Optional<Long> insert(NewClaim c, long patientId, long payerId, java.time.LocalDate timelyFilingDeadline) {
        return jdbc.sql("""
                        insert into claim (claim_id, patient_id, payer_id, service_from, service_to, billed_amount,
                                           expected_amount, balance, stage, timely_filing_deadline)
                        values (:claimId, :patient, :payer, :from, :to, :billed, :expected, :billed, 'SUBMITTED', :tf)
                        on conflict (claim_id) do nothing
                        returning id""")
                .param("claimId", c.claimId()).param("patient", patientId).param("payer", payerId)
                .param("from", c.serviceFrom()).param("to", c.serviceToOrFrom()).param("billed", c.billedAmount())
                .param("expected", c.expectedAmount()).param("tf", timelyFilingDeadline)
                .query(Long.class).optional();
    }

    void insertLine(long claimId, int lineNumber, ServiceLine l) {
        jdbc.sql("""
                        insert into service_line (claim_id, line_number, procedure_code, modifiers, charge, units, service_date)
                        values (:claim, :no, :code, :mods, :charge, :units, :date)""")
                .param("claim", claimId).param("no", lineNumber).param("code", l.procedureCode())
                .param("mods", l.modifiers()).param("charge", l.charge())
                .param("units", l.units() == null ? BigDecimal.ONE : l.units()).param("date", l.serviceDate())
                .update();
    }

    List<ServiceLine> lines(long claimId) {
        return jdbc.sql("""
                        select line_number, procedure_code, modifiers, charge, units, service_date
                        from service_line where claim_id = :claim order by line_number""")
                .param("claim", claimId).query(ServiceLine.class).list();
    }

    /** The billing team that works the claim's payer. */
    Optional<String> billingTeam(String claimId) {
        return jdbc.sql("select y.billing_team from claim c join payer y on y.id = c.payer_id where c.claim_id = :id")
                .param("id", claimId).query(String.class).optional();
    }

    Optional<Claim> find(String claimId) {
        return jdbc.sql(SELECT + " where c.claim_id = :claimId").param("claimId", claimId)
                .query(Claim.class).optional();
    }

    List<String> claimIdsByPayerClaimControl(String payerClaimControlNumber) {
        return jdbc.sql("""
                        select distinct c.claim_id from claim_remittance r join claim c on c.id = r.claim_id
                        where r.payer_claim_control = :pcc limit 2""")
                .param("pcc", payerClaimControlNumber).query(String.class).list();
    }

    List<Claim> list(ClaimFilter filter) {
        return jdbc.sql(SELECT + """
                         where (cast(:stage as text) is null or c.stage = :stage)
                           and (cast(:payer as text) is null or lower(y.name) = lower(:payer))
                           and (cast(:teams as text[]) is null or y.billing_team = any(cast(:teams as text[])))
                         order by c.updated_at desc, c.id desc limit :limit offset :offset""")
                .param("stage", filter.stage() == null ? null : filter.stage().name())
                .param("payer", filter.payer()).param("limit", filter.size())
                .param("teams", filter.teams() == null ? null : filter.teams().toArray(String[]::new))
                .param("offset", (long) filter.page() * filter.size())
                .query(Claim.class).list();
    }

    List<String> claimIds(String payer, String team) {
        return jdbc.sql("""
                        select c.claim_id from claim c join payer y on y.id = c.payer_id
                         where (cast(:payer as text) is null or lower(y.name) = lower(:payer))
                           and (cast(:team as text) is null or y.billing_team = :team)
                         order by c.claim_id""")
                .param("payer", payer).param("team", team).query(String.class).list();
    }

    List<Claim> findAll(java.util.Collection<String> claimIds) {
        return jdbc.sql(SELECT + " where c.claim_id = any(cast(:ids as text[])) order by c.claim_id")
                .param("ids", claimIds.toArray(String[]::new)).query(Claim.class).list();
    }

    List<Claim> updatedSince(java.time.OffsetDateTime since, int limit) {
        return jdbc.sql(SELECT + " where c.updated_at >= :since order by c.updated_at, c.id limit :limit")
                .param("since", since).param("limit", limit).query(Claim.class).list();
    }

    Optional<String> claimOfProcessInstance(long processInstanceKey) {
        return jdbc.sql("select claim_id from claim where process_instance_key = :k limit 1")
                .param("k", processInstanceKey).query(String.class).optional();
    }

    void recordProcessInstance(long id, long processInstanceKey, String engineRun) {
        jdbc.sql("update claim set process_instance_key = :key, engine_run = :run where id = :id")
                .param("key", processInstanceKey).param("run", engineRun).param("id", id).update();
    }

    void recordProcessVersion(long id, int version) {
        jdbc.sql("update claim set process_version = :version where id = :id")
                .param("version", version).param("id", id).update();
    }

    /** Open claims (not closed) per version of claim-follow-up that follows them; null: not known yet. */
    java.util.Map<Integer, Long> openClaimsByProcessVersion() {
        java.util.Map<Integer, Long> counts = new java.util.TreeMap<>();
        jdbc.sql("""
                        select process_version, count(*) from claim
                        where closed_at is null and process_version is not null group by process_version""")
                .query((rs, n) -> counts.put(rs.getInt(1), rs.getLong(2))).list();
        return counts;
    }

    List<String> openClaimIdsOnProcessVersion(int version, int limit) {
        return jdbc.sql("""
                        select claim_id from claim where closed_at is null and process_version = :v
                        order by id limit :limit""")
                .param("v", version).param("limit", limit).query(String.class).list();
    }

    /** Open claims that no instance of this engine run follows up (after a restart of the embedded engine). */
    List<String> openClaimsOutsideRun(String engineRun) {
        return jdbc.sql("""
                        select claim_id from claim where closed_at is null and engine_run is distinct from :run
                        order by id""")
                .param("run", engineRun).query(String.class).list();
    }

    /** When the claim's current wait for the payer ends, if it waits. */
    java.util.Optional<java.time.OffsetDateTime> followUpDue(long id) {
        return jdbc.sql("select follow_up_due_at from claim where id = :id and follow_up_due_at is not null")
                .param("id", id).query(java.time.OffsetDateTime.class).optional();
    }

    /** The level of the claim's latest appeal: 0 before any. */
    int appealLevel(long id) {
        return jdbc.sql("select appeal_level from claim where id = :id").param("id", id).query(Integer.class).single();
    }

    /** The payer has the claim: it answered with a remittance or a status. */
    boolean payerAnswered(long id) {
        return jdbc.sql("""
                        select exists(select 1 from claim_remittance where claim_id = :id)
                            or exists(select 1 from claim_status_response where claim_id = :id)""")
                .param("id", id).query(Boolean.class).single();
    }

    void setStage(long id, ClaimStage stage) {
        jdbc.sql("""
                        update claim set stage = :stage, updated_at = now(),
                               closed_at = case when :resolved then coalesce(closed_at, now()) else null end
                        where id = :id""")
                .param("stage", stage.name()).param("resolved", stage.isResolved()).param("id", id).update();
    }

    void setPriority(long id, String priority) {
        jdbc.sql("update claim set priority = :p, updated_at = now() where id = :id")
                .param("p", priority).param("id", id).update();
    }

    void setAppealDeadline(long id, java.time.LocalDate deadline) {
        jdbc.sql("update claim set appeal_deadline = :d where id = :id").param("d", deadline).param("id", id).update();
    }

    /** Adds a timeline entry once per dedup key, so a retried job or import writes it only once. */
    boolean addEvent(long claimId, String kind, String description, String actor, String dedupKey) {
        return jdbc.sql("""
                        insert into claim_event (claim_id, kind, description, actor, dedup_key)
                        values (:claimId, :kind, :description, :actor, :dedupKey)
                        on conflict (claim_id, dedup_key) do nothing""")
                .param("claimId", claimId).param("kind", kind).param("description", description)
                .param("actor", actor).param("dedupKey", dedupKey).update() == 1;
    }

    List<ClaimEvent> timeline(long claimId) {
        return jdbc.sql("""
                        select occurred_at, kind, description, actor from claim_event
                        where claim_id = :claimId order by occurred_at, id""")
                .param("claimId", claimId).query(ClaimEvent.class).list();
    }

    List<StageSummary> summaryByStage() {
        return jdbc.sql("""
                        select stage, count(*) as claims, coalesce(sum(balance), 0) as balance
                        from claim group by stage order by stage""")
                .query((rs, n) -> new StageSummary(ClaimStage.valueOf(rs.getString("stage")),
                        rs.getLong("claims"), rs.getBigDecimal("balance")))
                .list();
    }
}
