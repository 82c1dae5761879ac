package org.arflow.claims;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arflow.engine.ProcessEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Set-based posting of many remittances in a handful of statements: a 10,000-claim 835 posts at
 * database speed. Idempotent per (claim, reference) like a single posting.
 */
@Component
class BatchPosting {

    record ClaimRow(long id, String claimId, BigDecimal expectedAmount, long payerId) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ProcessEngine engine;
    private final ClaimRepository claims;
    private final org.arflow.payers.PayerService payers;

    BatchPosting(JdbcClient jdbc, ObjectMapper json, ProcessEngine engine, ClaimRepository claims,
                 org.arflow.payers.PayerService payers) {
        this.jdbc = jdbc;
        this.json = json;
        this.engine = engine;
        this.claims = claims;
        this.payers = payers;
    }

    /** Posts each item to its claim; returns the outcome per reference. */
    Map<String, RemittancePosting.Outcome> post(List<RemittancePosting.Posting> items) {
        Map<String, ClaimRow> known = new HashMap<>();
        // locks the claims first, in id order: two postings (or a worker) touching the same claims then wait for
        // each other instead of each holding what the other needs (a deadlock PostgreSQL would break by aborting one)
        jdbc.sql("""
                        select id, claim_id, expected_amount, payer_id from claim where claim_id = any(cast(:ids as text[]))
                        order by id for update""")
                .param("ids", items.stream().map(RemittancePosting.Posting::claimId).distinct().toArray(String[]::new))
                .query(ClaimRow.class).list().forEach(r -> known.put(r.claimId(), r));
        Map<String, RemittancePosting.Outcome> outcome = new LinkedHashMap<>();
        List<RemittancePosting.Posting> postable = new ArrayList<>();
        for (RemittancePosting.Posting item : items) {
            if (known.containsKey(item.claimId())) {
                postable.add(item);
            } else {
                outcome.put(item.remittance().reference(), RemittancePosting.Outcome.UNKNOWN_CLAIM);
            }
        }
        Set<String> inserted = insertRemittances(postable, known);
        List<RemittancePosting.Posting> fresh = new ArrayList<>();
        for (RemittancePosting.Posting item : postable) {
            boolean isNew = inserted.contains(known.get(item.claimId()).id() + "/" + item.remittance().reference());
            outcome.put(item.remittance().reference(),
                    isNew ? RemittancePosting.Outcome.POSTED : RemittancePosting.Outcome.ALREADY_POSTED);
            if (isNew) {
                fresh.add(item);
            }
        }
        applyToClaims(fresh, known);
        return outcome;
    }

    private Set<String> insertRemittances(List<RemittancePosting.Posting> items, Map<String, ClaimRow> known) {
        if (items.isEmpty()) {
            return Set.of();
        }
        Set<String> inserted = new HashSet<>();
        jdbc.sql("""
                        insert into claim_remittance (claim_id, reference, status_code, charge, paid, patient_responsibility,
                                                      payer_claim_control, received_on, adjustments, remark_codes, service_lines)
                        select u.claim, u.ref, u.status, u.charge, u.paid, u.pr, u.pcc, u.received, u.adj::jsonb,
                               array(select jsonb_array_elements_text(u.remarks::jsonb)), u.lines::jsonb
                        from unnest(cast(:claims as bigint[]), cast(:refs as text[]), cast(:statuses as text[]),
                                    cast(:charges as numeric[]), cast(:paids as numeric[]), cast(:prs as numeric[]),
                                    cast(:pccs as text[]), cast(:received as date[]), cast(:adjs as text[]),
                                    cast(:remarks as text[]), cast(:lines as text[]))
                             as u(claim, ref, status, charge, paid, pr, pcc, received, adj, remarks, lines)
                        on conflict (claim_id, reference) do nothing
                        returning claim_id, reference""")
                .param("claims", column(items, p -> known.get(p.claimId()).id()).toArray(Long[]::new))
                .param("refs", strings(items, p -> p.remittance().reference()))
                .param("statuses", strings(items, p -> p.remittance().statusCode()))
                .param("charges", strings(items, p -> p.remittance().charge().toPlainString()))
                .param("paids", strings(items, p -> p.remittance().paid().toPlainString()))
                .param("prs", strings(items, p -> p.remittance().patientResponsibilityOrZero().toPlainString()))
                .param("pccs", strings(items, p -> p.remittance().payerClaimControlNumber()))
                .param("received", strings(items, p -> p.remittance().receivedOn().toString()))
                .param("adjs", strings(items, p -> write(p.remittance().adjustmentsOrEmpty())))
                .param("remarks", strings(items, p -> write(p.remittance().remarkCodesOrEmpty())))
                .param("lines", strings(items, p -> write(p.remittance().linesOrEmpty())))
                .query((rs, n) -> inserted.add(rs.getLong(1) + "/" + rs.getString(2))).list();
        return inserted;
    }

    private void applyToClaims(List<RemittancePosting.Posting> fresh, Map<String, ClaimRow> known) {
        Map<Long, BigDecimal[]> totals = new LinkedHashMap<>();
        List<String[]> events = new ArrayList<>();
        List<ProcessEngine.Message> messages = new ArrayList<>();
        for (RemittancePosting.Posting item : fresh) {
            ClaimRow claim = known.get(item.claimId());
            ClaimRemittance r = item.remittance();
            RemittanceFacts facts = RemittanceFacts.of(r, claim.expectedAmount());
            BigDecimal[] sum = totals.computeIfAbsent(claim.id(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(r.paid());
            sum[1] = sum[1].add(r.patientResponsibilityOrZero());
            sum[2] = sum[2].add(facts.payerAdjustments());
            if (facts.denied()) {
                payers.find(claim.payerId()).ifPresent(p -> claims.setAppealDeadline(claim.id(), p.appealDeadline(r.receivedOn())));
            }
            events.add(new String[] {String.valueOf(claim.id()), r.isReversal() ? "REVERSAL" : "REMITTANCE",
                    facts.describe(r), "remittance:" + r.reference()});
            messages.add(new ProcessEngine.Message(ClaimMessages.REMITTANCE_RECEIVED, claim.claimId(),
                    "remittance:" + claim.claimId() + ":" + r.reference(), RemittancePosting.MESSAGE_TIME_TO_LIVE,
                    facts.variables(r)));
        }
        if (totals.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update claim c set paid_amount = c.paid_amount + u.paid,
                               patient_responsibility = c.patient_responsibility + u.pr,
                               adjusted_amount = c.adjusted_amount + u.adj,
                               balance = c.balance - u.paid - u.pr - u.adj, updated_at = now()
                        from unnest(cast(:ids as bigint[]), cast(:paid as numeric[]), cast(:pr as numeric[]),
                                    cast(:adj as numeric[])) as u(id, paid, pr, adj)
                        where c.id = u.id""")
                .param("ids", totals.keySet().toArray(Long[]::new))
                .param("paid", totals.values().stream().map(t -> t[0].toPlainString()).toArray(String[]::new))
                .param("pr", totals.values().stream().map(t -> t[1].toPlainString()).toArray(String[]::new))
                .param("adj", totals.values().stream().map(t -> t[2].toPlainString()).toArray(String[]::new))
                .update();
        jdbc.sql("""
                        insert into claim_event (claim_id, kind, description, actor, dedup_key)
                        select u.claim, u.kind, u.description, 'payer', u.dedup
                        from unnest(cast(:claims as bigint[]), cast(:kinds as text[]), cast(:descriptions as text[]),
                                    cast(:dedups as text[])) as u(claim, kind, description, dedup)
                        on conflict (claim_id, dedup_key) do nothing""")
                .param("claims", events.stream().map(e -> Long.valueOf(e[0])).toArray(Long[]::new))
                .param("kinds", events.stream().map(e -> e[1]).toArray(String[]::new))
                .param("descriptions", events.stream().map(e -> e[2]).toArray(String[]::new))
                .param("dedups", events.stream().map(e -> e[3]).toArray(String[]::new))
                .update();
        engine.publishMessages(messages);
    }

    private static <T> List<T> column(List<RemittancePosting.Posting> items,
                                      java.util.function.Function<RemittancePosting.Posting, T> f) {
        return items.stream().map(f).toList();
    }

    private static String[] strings(List<RemittancePosting.Posting> items,
                                    java.util.function.Function<RemittancePosting.Posting, String> f) {
        return items.stream().map(f).toArray(String[]::new);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
