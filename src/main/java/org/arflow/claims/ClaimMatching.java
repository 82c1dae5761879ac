package org.arflow.claims;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the claim of each remittance: by CLP01 when that claim fits (its payer, patient, charge or date
 * of service), else by the payer's claim number of earlier remittances (CLP07), else by the patient's
 * member id (or name) with the date of service and the charge. One candidate posts; several are listed
 * for a person to choose from, never the first one found.
 */
@Component
class ClaimMatching {

    /** A claim as matching sees it. */
    record Candidate(String claimId, String payerName, String payerCode, BigDecimal billed, LocalDate serviceFrom,
                     LocalDate serviceTo, String memberId, String lastName) {
    }

    /** The claim found, or the candidates a person chooses from (with why none was taken). */
    record Match(String claimId, List<String> candidates, String why) {
    }

    private final JdbcClient jdbc;

    ClaimMatching(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One match per posting, in the postings' order; set-based, so a file of unknown claims costs three queries. */
    List<Match> match(List<RemittancePosting.Posting> items) {
        // names and ids of the payers arflow knows, lower case: read once per batch
        Set<String> known = new HashSet<>(jdbc.sql("""
                        select lower(name) from payer union select lower(payer_code) from payer where payer_code is not null""")
                .query(String.class).list());
        Map<String, Candidate> byClaimId = new HashMap<>();
        jdbc.sql(SELECT + "where c.claim_id = any(cast(:ids as text[]))")
                .param("ids", items.stream().map(RemittancePosting.Posting::claimId).distinct().toArray(String[]::new))
                .query(ClaimMatching::candidate).list().forEach(c -> byClaimId.put(c.claimId(), c));
        Map<String, Long> shared = new HashMap<>();
        items.stream().filter(p -> !p.remittance().isReversal()).forEach(p -> shared.merge(p.claimId(), 1L, Long::sum));
        Match[] matches = new Match[items.size()];
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            RemittancePosting.Posting p = items.get(i);
            Candidate named = byClaimId.get(p.claimId());
            boolean strict = shared.getOrDefault(p.claimId(), 0L) > 1; // several CLPs with one CLP01: the charge must fit
            if (named != null && fits(named, p, strict, known)) {
                matches[i] = new Match(named.claimId(), List.of(), null);
            } else if (p.identity() != RemittanceIdentity.UNKNOWN || named == null) {
                open.add(i);
            } else {
                matches[i] = new Match(null, List.of(named.claimId()), why(named, p, known));
            }
        }
        if (!open.isEmpty()) {
            Map<Integer, Set<String>> found = byPayerClaimNumber(items, open, known);
            List<Integer> stillOpen = open.stream().filter(i -> !found.containsKey(i)).toList();
            found.putAll(byPatientAndService(items, stillOpen, known));
            for (int i : open) {
                RemittancePosting.Posting p = items.get(i);
                Set<String> candidates = new LinkedHashSet<>(found.getOrDefault(i, Set.of()));
                Candidate named = byClaimId.get(p.claimId());
                if (candidates.size() == 1) {
                    matches[i] = new Match(candidates.iterator().next(), List.of(), null);
                    continue;
                }
                if (named != null) {
                    candidates.add(named.claimId());
                }
                String why = why(named, p, known);
                matches[i] = new Match(null, List.copyOf(candidates),
                        candidates.isEmpty() ? why : why + "; candidates: " + String.join(", ", candidates));
            }
        }
        return List.of(matches);
    }

    private static final String SELECT = """
            select c.claim_id, y.name as payer_name, y.payer_code, c.billed_amount as billed, c.service_from,
                   c.service_to, p.member_id, p.last_name
            from claim c join payer y on y.id = c.payer_id join patient p on p.id = c.patient_id
            """;

    private Map<Integer, Set<String>> byPayerClaimNumber(List<RemittancePosting.Posting> items, List<Integer> open,
                                                       Set<String> known) {
        List<Integer> asked = open.stream().filter(i -> notBlank(items.get(i).remittance().payerClaimControlNumber())).toList();
        Map<Integer, Set<String>> found = new HashMap<>();
        if (asked.isEmpty()) {
            return found;
        }
        record Row(int idx, String claimId, String payerName, String payerCode) {
        }
        jdbc.sql("""
                        select distinct u.idx, c.claim_id, y.name as payer_name, y.payer_code
                        from unnest(cast(:idx as int[]), cast(:pcc as text[])) as u(idx, pcc)
                        join claim_remittance r on r.payer_claim_control = u.pcc
                        join claim c on c.id = r.claim_id join payer y on y.id = c.payer_id""")
                .param("idx", asked.toArray(Integer[]::new))
                .param("pcc", asked.stream().map(i -> items.get(i).remittance().payerClaimControlNumber()).toArray(String[]::new))
                .query(Row.class).list().stream()
                .filter(r -> payerFits(r.payerName(), r.payerCode(), items.get(r.idx()).identity(), known))
                .forEach(r -> found.computeIfAbsent(r.idx(), k -> new LinkedHashSet<>()).add(r.claimId()));
        return found;
    }

    private Map<Integer, Set<String>> byPatientAndService(List<RemittancePosting.Posting> items, List<Integer> open,
                                                        Set<String> known) {
        List<Integer> asked = open.stream().filter(i -> {
            RemittanceIdentity who = items.get(i).identity();
            return who.serviceFrom() != null && (who.patientMemberId() != null || who.patientLastName() != null);
        }).toList();
        Map<Integer, Set<String>> found = new HashMap<>();
        if (asked.isEmpty()) {
            return found;
        }
        record Row(int idx, String claimId, String payerName, String payerCode) {
        }
        jdbc.sql("""
                        select u.idx, c.claim_id, y.name as payer_name, y.payer_code
                        from unnest(cast(:idx as int[]), cast(:member as text[]), cast(:last as text[]),
                                    cast(:dos as date[]), cast(:charge as numeric[])) as u(idx, member, last, dos, charge)
                        join patient p on (u.member is not null and p.member_id = u.member
                                           or u.member is null and lower(p.last_name) = lower(u.last))
                        join claim c on c.patient_id = p.id and c.service_from <= u.dos and c.service_to >= u.dos
                                    and c.billed_amount = u.charge
                        join payer y on y.id = c.payer_id""")
                .param("idx", asked.toArray(Integer[]::new))
                .param("member", asked.stream().map(i -> items.get(i).identity().patientMemberId()).toArray(String[]::new))
                .param("last", asked.stream().map(i -> items.get(i).identity().patientLastName()).toArray(String[]::new))
                .param("dos", asked.stream().map(i -> items.get(i).identity().serviceFrom().toString()).toArray(String[]::new))
                .param("charge", asked.stream().map(i -> items.get(i).remittance().charge().abs().toPlainString())
                        .toArray(String[]::new))
                .query(Row.class).list().stream()
                .filter(r -> payerFits(r.payerName(), r.payerCode(), items.get(r.idx()).identity(), known))
                .forEach(r -> found.computeIfAbsent(r.idx(), k -> new LinkedHashSet<>()).add(r.claimId()));
        return found;
    }

    /** Read by hand: the generic record mapper costs more than the query itself for a 10,000-claim file. */
    private static Candidate candidate(ResultSet rs, int row) throws SQLException {
        return new Candidate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8));
    }

    private static String why(Candidate named, RemittancePosting.Posting p, Set<String> known) {
        return named == null ? "No claim with claim id " + p.claimId() + " (CLP01)"
                : "Claim " + p.claimId() + " (CLP01) does not fit this remittance (" + misfit(named, p, known) + ")";
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static boolean fits(Candidate c, RemittancePosting.Posting p, boolean strict, Set<String> known) {
        RemittanceIdentity who = p.identity();
        if (!payerFits(c, who, known) || !patientFits(c, who)) {
            return false;
        }
        boolean chargeFits = c.billed().compareTo(p.remittance().charge().abs()) == 0;
        boolean dateFits = who.serviceFrom() == null
                || !who.serviceFrom().isBefore(c.serviceFrom()) && !who.serviceFrom().isAfter(c.serviceTo());
        return strict ? chargeFits && dateFits : chargeFits || dateFits && who.serviceFrom() != null || who == RemittanceIdentity.UNKNOWN;
    }

    private static boolean payerFits(Candidate c, RemittanceIdentity who, Set<String> known) {
        return payerFits(c.payerName(), c.payerCode(), who, known);
    }

    /**
     * The payer the claim is billed to sent the remittance (by its id or its name), or the remittance's payer
     * is none arflow knows (an 835 may name a payer otherwise than the 837 did: that alone is no misfit).
     */
    private static boolean payerFits(String payerName, String payerCode, RemittanceIdentity who, Set<String> known) {
        if (who.payerId() == null && who.payerName() == null) {
            return true;
        }
        boolean same = who.payerId() != null && who.payerId().equalsIgnoreCase(nullToEmpty(payerCode))
                || payerName.equalsIgnoreCase(nullToEmpty(who.payerName()))
                || payerName.equalsIgnoreCase(nullToEmpty(who.payerId()));
        return same || !known.contains(lower(who.payerId())) && !known.contains(lower(who.payerName()));
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static boolean patientFits(Candidate c, RemittanceIdentity who) {
        if (who.patientMemberId() != null && c.memberId() != null) {
            return who.patientMemberId().equalsIgnoreCase(c.memberId());
        }
        return who.patientLastName() == null || who.patientLastName().equalsIgnoreCase(c.lastName());
    }

    private static String misfit(Candidate c, RemittancePosting.Posting p, Set<String> known) {
        RemittanceIdentity who = p.identity();
        if (!payerFits(c, who, known)) {
            return "it is billed to " + c.payerName() + ", the remittance is from "
                    + (who.payerName() != null ? who.payerName() : who.payerId());
        }
        if (!patientFits(c, who)) {
            return "another patient";
        }
        return "charge " + p.remittance().charge() + " vs billed " + c.billed()
                + (who.serviceFrom() == null ? "" : ", service on " + who.serviceFrom());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
