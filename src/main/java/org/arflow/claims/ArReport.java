package org.arflow.claims;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read model of accounts receivable for the supervisors' insights: aging and the sums behind the KPIs, read
 * from the rollup {@code ar_day} (one row per payer and date of service, kept exact by triggers, V18) so a
 * page load does not scan every claim and remittance. Open = balance > 0 and the payer side not resolved
 * (SQL function claim_is_open, which names the resolved stages of {@link ClaimStage}).
 */
@Service
public class ArReport {

    private static final String IN_FILTER = """
            (cast(:payer as text) is null or lower(y.name) = lower(:payer))
            and (cast(:from as date) is null or d.service_from >= cast(:from as date))
            and (cast(:to as date) is null or d.service_from <= cast(:to as date))""";

    private final JdbcClient jdbc;

    ArReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open AR by payer and bucket of days since the date of service, counted from the office's today. */
    public List<AgingRow> aging(ArFilter filter, LocalDate today) {
        return jdbc.sql("""
                        select payer, bucket, sum(open_claims) as claims, sum(open_balance) as balance from (
                          select y.name as payer, d.open_claims, d.open_balance,
                                 case when :today - d.service_from <= 30 then 0 when :today - d.service_from <= 60 then 1
                                      when :today - d.service_from <= 90 then 2 when :today - d.service_from <= 120 then 3
                                      else 4 end as bucket
                          from ar_day d join payer y on y.id = d.payer_id
                          where d.open_claims > 0 and {IN_FILTER}
                        ) open_days group by payer, bucket order by payer, bucket""".replace("{IN_FILTER}", IN_FILTER))
                .param("today", today).param("payer", filter.payer())
                .param("from", filter.serviceFrom()).param("to", filter.serviceTo())
                .query((rs, n) -> new AgingRow(rs.getString("payer"), rs.getInt("bucket"), rs.getLong("claims"),
                        rs.getBigDecimal("balance")))
                .list();
    }

    public ArFigures figures(ArFilter filter, LocalDate today) {
        return jdbc.sql("""
                        with payer_days as (
                          select d.* from ar_day d join payer y on y.id = d.payer_id
                          where cast(:payer as text) is null or lower(y.name) = lower(:payer)
                        ), scope as (
                          select d.* from payer_days d
                          where (cast(:from as date) is null or d.service_from >= cast(:from as date))
                            and (cast(:to as date) is null or d.service_from <= cast(:to as date))
                        )
                        select
                          (select coalesce(sum(open_balance), 0) from payer_days) as open_ar,
                          (select coalesce(sum(billed), 0) from payer_days
                            where service_from > :today - 90 and service_from <= :today) as charges_90,
                          s.charges, s.payments, s.contractual, s.adjudicated, s.denied, s.first_pass
                        from (select coalesce(sum(billed), 0) as charges, coalesce(sum(payments), 0) as payments,
                                     coalesce(sum(contractual), 0) as contractual, coalesce(sum(adjudicated), 0) as adjudicated,
                                     coalesce(sum(denied), 0) as denied, coalesce(sum(first_pass), 0) as first_pass
                              from scope) s""")
                .param("today", today).param("payer", filter.payer())
                .param("from", filter.serviceFrom()).param("to", filter.serviceTo())
                .query((rs, n) -> new ArFigures(rs.getBigDecimal("open_ar"), rs.getBigDecimal("charges_90"),
                        rs.getBigDecimal("charges"), rs.getBigDecimal("payments"), rs.getBigDecimal("contractual"),
                        rs.getLong("adjudicated"), rs.getLong("denied"), rs.getLong("first_pass")))
                .single();
    }
}
