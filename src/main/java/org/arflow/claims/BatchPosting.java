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
import java.util.function.Function;
import org.arflow.engine.ProcessEngine;
import org.arflow.payers.PayerService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Set-based posting of many remittances in a handful of statements: a 10,000-claim 835 posts at
 * database speed. Idempotent per (claim, reference) like a single posting. A claim whose follow-up
 * had ended is not left alone with new money: it is reopened, or its credit balance reviewed.
 */
@Component
class BatchPosting {

    record ClaimRow(long id, String claimId, BigDecimal expectedAmount, long payerId, BigDecimal balance, String stage) {

        boolean followUpEnded() {
            return ClaimStage.valueOf(stage).isResolved();
        }
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ProcessEngine engine;
    private final ClaimRepository claims;
    private final PayerService payers;
    private final NoWorkAdjustments noWork;
    private final FollowUpRecovery followUps;
    private final ClaimMatching matching;

    BatchPosting(JdbcClient jdbc, ObjectMapper json, ProcessEngine engine, ClaimRepository claims, PayerService payers,
                 NoWorkAdjustments noWork, FollowUpRecovery followUps, ClaimMatching matching) {
        this.matching = matching;
        this.jdbc = jdbc;
        this.json = json;
        this.engine = engine;
        this.claims = claims;
        this.payers = payers;
        this.noWork = noWork;
        this.followUps = followUps;
    }

    /** Posts each item to the claim it matches; returns the outcome per reference. */
    Map<String, RemittancePosting.Result> post(List<RemittancePosting.Posting> received) {
        Map<String, RemittancePosting.Result> outcome = new LinkedHashMap<>();
        List<ClaimMatching.Match> matches = matching.match(received);
        List<RemittancePosting.Posting> items = new ArrayList<>();
        Map<String, String> rematched = new HashMap<>(); // reference -> the CLP01 it named, when matched elsewhere
        for (int i = 0; i < received.size(); i++) {
            RemittancePosting.Posting item = received.get(i);
            ClaimMatching.Match match = matches.get(i);
            if (match.claimId() == null) {
                outcome.put(item.remittance().reference(), new RemittancePosting.Result(match.candidates().isEmpty()
                        ? RemittancePosting.Outcome.UNKNOWN_CLAIM : RemittancePosting.Outcome.AMBIGUOUS, null,
                        match.candidates(), match.why()));
            } else {
                items.add(new RemittancePosting.Posting(match.claimId(), item.remittance(), item.identity()));
                if (!match.claimId().equals(item.claimId())) {
                    rematched.put(item.remittance().reference(), item.claimId());
                }
            }
        }
        Map<String, ClaimRow> known = new HashMap<>();
        // locks the claims first, in id order: two postings (or a worker) touching the same claims then wait for
        // each other instead of each holding what the other needs (a deadlock PostgreSQL would break by aborting one)
        jdbc.sql("""
                        select id, claim_id, expected_amount, payer_id, balance, stage from claim
                        where claim_id = any(cast(:ids as text[])) order by id for update""")
                .param("ids", items.stream().map(RemittancePosting.Posting::claimId).distinct().toArray(String[]::new))
                .query((rs, n) -> new ClaimRow(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getLong(4),
                        rs.getBigDecimal(5), rs.getString(6)))
                .list().forEach(r -> known.put(r.claimId(), r));
        PostingPolicy policy = noWork.policy();
        Map<Long, PostedMoney> money = new LinkedHashMap<>();
        for (RemittancePosting.Posting item : items) {
            ClaimRow claim = known.get(item.claimId());
            money.computeIfAbsent(claim.id(), id -> new PostedMoney(claim.balance()))
                    .add(item.remittance(), claim.expectedAmount(), policy);
        }
        Set<String> inserted = insertRemittances(items, known, money);
        Map<Long, PostedMoney> fresh = new LinkedHashMap<>();
        for (RemittancePosting.Posting item : items) {
            ClaimRow claim = known.get(item.claimId());
            boolean isNew = inserted.contains(claim.id() + "/" + item.remittance().reference());
            outcome.put(item.remittance().reference(), new RemittancePosting.Result(isNew
                    ? RemittancePosting.Outcome.POSTED : RemittancePosting.Outcome.ALREADY_POSTED, claim.claimId(),
                    List.of(), null));
            if (isNew) {
                PostedMoney m = fresh.computeIfAbsent(claim.id(), id -> new PostedMoney(claim.balance()));
                m.add(item.remittance(), claim.expectedAmount(), policy);
                String sent = rematched.get(item.remittance().reference());
                if (sent != null) {
                    m.events.add(new String[] {"MATCHED", "Remittance " + item.remittance().reference() + " names claim id "
                            + sent + " (CLP01); matched to this claim by the payer's claim number or the patient and"
                            + " date of service", "matched:" + item.remittance().reference(), null, null});
                }
            }
        }
        applyToClaims(fresh, known);
        return outcome;
    }

    private Set<String> insertRemittances(List<RemittancePosting.Posting> items, Map<String, ClaimRow> known,
                                          Map<Long, PostedMoney> money) {
        if (items.isEmpty()) {
            return Set.of();
        }
        Function<RemittancePosting.Posting, RemittanceFacts> facts =
                p -> money.get(known.get(p.claimId()).id()).factsByReference.get(p.remittance().reference());
        Set<String> inserted = new HashSet<>();
        jdbc.sql("""
                        insert into claim_remittance (claim_id, reference, status_code, charge, paid, patient_responsibility,
                                                      payer_claim_control, received_on, adjustments, remark_codes, service_lines,
                                                      denied_lines, denied_amount)
                        select u.claim, u.ref, u.status, u.charge, u.paid, u.pr, u.pcc, u.received, u.adj::jsonb,
                               array(select jsonb_array_elements_text(u.remarks::jsonb)), u.lines::jsonb, u.denied::jsonb,
                               u.denied_amount
                        from unnest(cast(:claims as bigint[]), cast(:refs as text[]), cast(:statuses as text[]),
                                    cast(:charges as numeric[]), cast(:paids as numeric[]), cast(:prs as numeric[]),
                                    cast(:pccs as text[]), cast(:received as date[]), cast(:adjs as text[]),
                                    cast(:remarks as text[]), cast(:lines as text[]), cast(:denied as text[]),
                                    cast(:deniedAmounts as numeric[]))
                             as u(claim, ref, status, charge, paid, pr, pcc, received, adj, remarks, lines, denied, denied_amount)
                        on conflict (claim_id, reference) do nothing
                        returning claim_id, reference""")
                .param("claims", items.stream().map(p -> known.get(p.claimId()).id()).toArray(Long[]::new))
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
                .param("denied", strings(items, p -> write(facts.apply(p).deniedLines())))
                .param("deniedAmounts", strings(items, p -> facts.apply(p).deniedAmount().toPlainString()))
                .query((rs, n) -> inserted.add(rs.getLong(1) + "/" + rs.getString(2))).list();
        return inserted;
    }

    private void applyToClaims(Map<Long, PostedMoney> fresh, Map<String, ClaimRow> known) {
        if (fresh.isEmpty()) {
            return;
        }
        Map<Long, ClaimRow> byId = new HashMap<>();
        known.values().forEach(c -> byId.put(c.id(), c));
        List<Long> ids = new ArrayList<>(fresh.keySet());
        List<String[]> events = new ArrayList<>();
        List<ProcessEngine.Message> messages = new ArrayList<>();
        for (Map.Entry<Long, PostedMoney> e : fresh.entrySet()) {
            ClaimRow claim = byId.get(e.getKey());
            PostedMoney m = e.getValue();
            m.events.forEach(ev -> events.add(new String[] {String.valueOf(claim.id()), ev[0], ev[1], ev[2]}));
            if (m.lastFacts.denied()) {
                payers.find(claim.payerId())
                        .ifPresent(p -> claims.setAppealDeadline(claim.id(), p.appealDeadline(m.last.receivedOn())));
            }
        }
        jdbc.sql("""
                        update claim c set paid_amount = c.paid_amount + u.paid,
                               patient_responsibility = c.patient_responsibility + u.pr,
                               adjusted_amount = c.adjusted_amount + u.adj,
                               balance = c.balance - u.paid - u.pr - u.adj,
                               credit_since = case when c.balance - u.paid - u.pr - u.adj < 0 then coalesce(c.credit_since, now()) end,
                               updated_at = now()
                        from unnest(cast(:ids as bigint[]), cast(:paid as numeric[]), cast(:pr as numeric[]),
                                    cast(:adj as numeric[])) as u(id, paid, pr, adj)
                        where c.id = u.id""")
                .param("ids", ids.toArray(Long[]::new))
                .param("paid", ids.stream().map(id -> fresh.get(id).paid.toPlainString()).toArray(String[]::new))
                .param("pr", ids.stream().map(id -> fresh.get(id).patient.toPlainString()).toArray(String[]::new))
                .param("adj", ids.stream().map(id -> fresh.get(id).adjusted.toPlainString()).toArray(String[]::new))
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
        for (Map.Entry<Long, PostedMoney> e : fresh.entrySet()) {
            ClaimRow claim = byId.get(e.getKey());
            PostedMoney m = e.getValue();
            Map<String, Object> variables = FollowUpContract.variables(m.last, m.routedFacts());
            if (claim.followUpEnded()) {
                followUps.reopenForMoney(claim.claimId(), m, variables, "remittance:" + m.last.reference());
            } else {
                messages.add(new ProcessEngine.Message(ClaimMessages.REMITTANCE_RECEIVED, claim.claimId(),
                        "remittance:" + claim.claimId() + ":" + m.last.reference(), RemittancePosting.MESSAGE_TIME_TO_LIVE,
                        variables));
            }
        }
        engine.publishMessages(messages);
    }

    private static String[] strings(List<RemittancePosting.Posting> items, Function<RemittancePosting.Posting, String> f) {
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
