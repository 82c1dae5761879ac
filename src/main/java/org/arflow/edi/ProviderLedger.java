package org.arflow.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.arflow.claims.Claim;
import org.arflow.claims.ClaimService;
import org.arflow.claims.CreditBalances;
import org.arflow.edi.x12.ProviderAdjustment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The provider-level account per payer and payee: every PLB line and every claim's interest (AMT*I),
 * with its reason and reference. Amounts keep the PLB sign: positive reduces the payment, negative
 * increases it. A recoupment (WO, 72) that names a claim is linked to it and told on its timeline.
 */
@Service
public class ProviderLedger {

    /** One booking as a person reads it. */
    public record Entry(long id, long fileId, String payerKey, String payeeKey, String providerId,
                        LocalDate fiscalPeriod, String kind, String reasonCode, String reference, BigDecimal amount,
                        String claimId, OffsetDateTime createdAt) {
    }

    /** What the account of one payer and payee holds per kind (sum of the signed amounts). */
    public record Balance(String payerKey, String payeeKey, String kind, BigDecimal amount, long entries) {
    }

    /** Where a booking comes from: the file, the payment (one transaction set) and who paid whom. */
    record Account(long fileId, long paymentId, String payerKey, String payeeKey) {
    }

    private final JdbcClient jdbc;
    private final ClaimService claims;
    private final CreditBalances credits;

    ProviderLedger(JdbcClient jdbc, ClaimService claims, CreditBalances credits) {
        this.credits = credits;
        this.jdbc = jdbc;
        this.claims = claims;
    }

    /** What a PLB reason code is to the ledger. */
    static String kind(String reasonCode) {
        return switch (reasonCode) {
            case "WO", "72" -> "RECOUPMENT";
            case "L6" -> "INTEREST";
            case "CT" -> "CAPITATION";
            case "FB" -> "CARRIED_FORWARD";
            case "CS", "CV", "B2", "90", "AP", "BD", "BN", "C5", "CR", "CW", "DM", "E3", "FC", "GO", "IP", "IR",
                 "IS", "J1", "LE", "LS", "OA", "OB", "PI", "PL", "RA", "RE", "SL", "TL", "WU", "50", "51" ->
                    "ADJUSTMENT";
            default -> "OTHER";
        };
    }

    /** Books one PLB adjustment (position n of the transaction set); returns the claim it names, if known. */
    Optional<String> bookProviderAdjustment(Account account, int n, ProviderAdjustment a) {
        String kind = kind(a.reasonCode());
        Optional<String> claim = "RECOUPMENT".equals(kind) || "INTEREST".equals(kind)
                ? namedClaim(a.reference()) : Optional.empty();
        boolean booked = insert(account, "plb:" + n, a.providerId(), a.fiscalPeriodDate(), kind, a.reasonCode(),
                a.reference(), a.amount(), claim.orElse(null));
        if (booked && claim.isPresent() && "RECOUPMENT".equals(kind)) {
            credits.recordRecoupment(claim.get(), a.amount(), "Provider-level recoupment (PLB " + a.reasonCode()
                    + ") of " + a.amount().toPlainString() + " by " + account.payerKey() + " names this claim"
                    + " (reference " + a.reference() + "); booked to the provider ledger", "plb:" + account.paymentId() + ":" + n);
        }
        return claim;
    }

    /** Books a claim's interest (AMT*I): money to the provider, not a payment of the claim's charge. */
    void bookInterest(Account account, int claimPosition, String claimId, BigDecimal interest, boolean knownClaim) {
        boolean booked = insert(account, "amt-i:" + claimPosition, null, null, "INTEREST", "AMT*I", claimId,
                interest.negate(), knownClaim ? claimId : null);
        if (booked && knownClaim) {
            claims.recordPayerEvent(claimId, "INTEREST", "Interest of " + interest.toPlainString() + " paid by "
                    + account.payerKey() + " with this claim's remittance; booked as interest in the provider ledger,"
                    + " not as payment of the claim", "amt-i:" + account.paymentId() + ":" + claimPosition);
        }
    }

    private Optional<String> namedClaim(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return claims.find(reference).map(Claim::claimId).or(() -> claims.findByPayerClaimControl(reference));
    }

    /**
     * Books once per payment and line: the same file imported again books nothing twice. A line whose key is taken
     * by another amount, kind or reason is booked beside it under the key plus its file, never dropped.
     */
    private boolean insert(Account account, String what, String providerId, LocalDate period, String kind,
                           String reason, String reference, BigDecimal amount, String claimId) {
        String key = account.paymentId() + ":" + what;
        if (insertKeyed(account, key, providerId, period, kind, reason, reference, amount, claimId)) {
            return true;
        }
        boolean same = jdbc.sql("""
                        select exists(select 1 from provider_ledger where entry_key = :key and kind = :kind
                                      and reason_code is not distinct from :reason and amount = :amount)""")
                .param("key", key).param("kind", kind).param("reason", reason).param("amount", amount)
                .query(Boolean.class).single();
        return !same && insertKeyed(account, key + ":file" + account.fileId(), providerId, period, kind, reason, reference,
                amount, claimId);
    }

    private boolean insertKeyed(Account account, String key, String providerId, LocalDate period, String kind,
                                String reason, String reference, BigDecimal amount, String claimId) {
        return jdbc.sql("""
                        insert into provider_ledger (file_id, payment_id, payer_key, payee_key, provider_id, fiscal_period,
                                                     kind, reason_code, reference, amount, claim_id, entry_key)
                        values (:file, :payment, :payer, :payee, :provider, :period, :kind, :reason, :reference, :amount,
                                :claim, :key)
                        on conflict (entry_key) do nothing""")
                .param("file", account.fileId()).param("payment", account.paymentId())
                .param("payer", account.payerKey()).param("payee", account.payeeKey()).param("provider", providerId)
                .param("period", period).param("kind", kind).param("reason", reason).param("reference", reference)
                .param("amount", amount).param("claim", claimId)
                .param("key", key).update() == 1;
    }

    /** The newest bookings, optionally of one payer and payee. */
    public List<Entry> entries(String payerKey, String payeeKey, int limit) {
        return jdbc.sql("""
                        select id, file_id, payer_key, payee_key, provider_id, fiscal_period, kind, reason_code, reference,
                               amount, claim_id, created_at from provider_ledger
                        where (cast(:payer as text) is null or payer_key = :payer)
                          and (cast(:payee as text) is null or payee_key = :payee)
                        order by created_at desc, id desc limit :limit""")
                .param("payer", payerKey).param("payee", payeeKey).param("limit", limit).query(Entry.class).list();
    }

    /** Each account's sum per kind: what was recouped, paid as interest, carried forward ... */
    public List<Balance> balances() {
        return jdbc.sql("""
                        select payer_key, payee_key, kind, sum(amount) as amount, count(*) as entries from provider_ledger
                        group by payer_key, payee_key, kind order by payer_key, payee_key, kind""")
                .query(Balance.class).list();
    }
}
