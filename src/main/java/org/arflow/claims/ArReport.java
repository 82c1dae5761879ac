package org.arflow.claims;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read model of accounts receivable for the supervisors' insights: aging and the sums behind the KPIs. */
@Service
public class ArReport {

    /** Open = money still owed and the payer side not over (PATIENT_BALANCE and later stages are resolved). */
    private static final List<String> RESOLVED = Arrays.stream(ClaimStage.values())
            .filter(ClaimStage::isResolved).map(Enum::name).toList();

    private static final String IN_FILTER = """
            (cast(:payer as text) is null or lower(y.name) = lower(:payer))
            and (cast(:from as date) is null or c.service_from >= cast(:from as date))
            and (cast(:to as date) is null or c.service_from <= cast(:to as date))""";

    private static final String CONTRACTUAL = """
            (select coalesce(sum((a->>'amount')::numeric), 0) from (
                select jsonb_array_elements(r.adjustments) a
                union all
                select jsonb_array_elements(coalesce(l->'adjustments', '[]'::jsonb))
                from jsonb_array_elements(r.service_lines) l) adj
             where a->>'group' = 'CO' and a->>'reason' in ('45', '253'))""";

    private final JdbcClient jdbc;

    ArReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open AR by payer and bucket of days since the date of service, counted from the office's today. */
    public List<AgingRow> aging(ArFilter filter, LocalDate today) {
        return jdbc.sql("""
                        select payer, bucket, count(*) as claims, sum(balance) as balance from (
                          select y.name as payer, c.balance,
                                 case when :today - c.service_from <= 30 then 0 when :today - c.service_from <= 60 then 1
                                      when :today - c.service_from <= 90 then 2 when :today - c.service_from <= 120 then 3
                                      else 4 end as bucket
                          from claim c join payer y on y.id = c.payer_id
                          where c.balance > 0 and c.stage not in (:resolved) and {IN_FILTER}
                        ) open_claims group by payer, bucket order by payer, bucket""".replace("{IN_FILTER}", IN_FILTER))
                .param("today", today).param("resolved", RESOLVED).param("payer", filter.payer())
                .param("from", filter.serviceFrom()).param("to", filter.serviceTo())
                .query((rs, n) -> new AgingRow(rs.getString("payer"), rs.getInt("bucket"), rs.getLong("claims"),
                        rs.getBigDecimal("balance")))
                .list();
    }

    public ArFigures figures(ArFilter filter, LocalDate today) {
        return jdbc.sql("""
                        with scope as (
                          select c.id, c.billed_amount from claim c join payer y on y.id = c.payer_id
                          where {IN_FILTER}
                        ), rem as (
                          select r.claim_id, r.status_code, r.paid, {CONTRACTUAL} as contractual,
                                 row_number() over (partition by r.claim_id order by r.posted_at, r.id) as n
                          from claim_remittance r join scope s on s.id = r.claim_id
                        ), payer_claims as (
                          select c.* from claim c join payer y on y.id = c.payer_id
                          where cast(:payer as text) is null or lower(y.name) = lower(:payer)
                        )
                        select
                          (select coalesce(sum(balance), 0) from payer_claims
                            where balance > 0 and stage not in (:resolved)) as open_ar,
                          (select coalesce(sum(billed_amount), 0) from payer_claims
                            where service_from > :today - 90 and service_from <= :today) as charges_90,
                          (select coalesce(sum(billed_amount), 0) from scope) as charges,
                          (select coalesce(sum(paid), 0) from rem) as payments,
                          (select coalesce(sum(contractual), 0) from rem) as contractual,
                          (select count(distinct claim_id) from rem where status_code not in ('22', '23')) as adjudicated,
                          (select count(distinct claim_id) from rem where status_code = '4') as denied,
                          (select count(*) from rem where n = 1
                             and status_code in ('1', '2', '3', '19', '20', '21')) as first_pass""".replace("{IN_FILTER}", IN_FILTER).replace("{CONTRACTUAL}", CONTRACTUAL))
                .param("today", today).param("resolved", RESOLVED).param("payer", filter.payer())
                .param("from", filter.serviceFrom()).param("to", filter.serviceTo())
                .query((rs, n) -> new ArFigures(rs.getBigDecimal("open_ar"), rs.getBigDecimal("charges_90"),
                        rs.getBigDecimal("charges"), rs.getBigDecimal("payments"), rs.getBigDecimal("contractual"),
                        rs.getLong("adjudicated"), rs.getLong("denied"), rs.getLong("first_pass")))
                .single();
    }
}
