package org.arflow.edi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.arflow.claims.ClaimRemittance;
import org.arflow.claims.ClaimService;
import org.arflow.claims.RemittancePosting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remittances a person must look at: unmatched (no known claim) and unbalanced ones. Nothing is
 * dropped: a biller matches each to a claim (or confirms an unbalanced one), and it posts then.
 */
@Service
public class RemittanceExceptions {

    /** An open exception as a biller sees it. */
    public record Item(long id, String kind, long fileId, String claimRef, String reference, String problem,
                       BigDecimal charge, BigDecimal paid, String status, OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ClaimService claims;
    private final RemittancePosting posting;

    RemittanceExceptions(JdbcClient jdbc, ObjectMapper json, ClaimService claims, RemittancePosting posting) {
        this.jdbc = jdbc;
        this.json = json;
        this.claims = claims;
        this.posting = posting;
    }

    /**
     * Keeps the remittance for a person. Importing the same file again finds the row it wrote before;
     * a different remittance that happens to carry the same reference is kept under the reference
     * with its file id added, never dropped.
     */
    void hold(String kind, long fileId, long paymentId, String claimRef, ClaimRemittance remittance, String problem) {
        String detail = write(remittance);
        if (insert(kind, fileId, paymentId, claimRef, remittance.reference(), detail, problem)) {
            return;
        }
        boolean same = jdbc.sql("""
                        select detail = cast(:detail as jsonb) and kind = :kind and file_id = :file
                        from remittance_exception where reference = :reference""")
                .param("detail", detail).param("kind", kind).param("file", fileId)
                .param("reference", remittance.reference()).query(Boolean.class).single();
        if (!same) {
            insert(kind, fileId, paymentId, claimRef, remittance.reference() + ":file" + fileId, detail, problem);
        }
    }

    private boolean insert(String kind, long fileId, long paymentId, String claimRef, String reference, String detail,
                           String problem) {
        return jdbc.sql("""
                        insert into remittance_exception (kind, file_id, payment_id, claim_ref, reference, detail, problem)
                        values (:kind, :file, :payment, :ref, :reference, cast(:detail as jsonb), :problem)
                        on conflict (reference) do nothing""")
                .param("kind", kind).param("file", fileId).param("payment", paymentId).param("ref", claimRef)
                .param("reference", reference).param("detail", detail).param("problem", problem).update() == 1;
    }

    public List<Item> open() {
        return jdbc.sql("""
                        select id, kind, file_id, claim_ref, reference, problem, (detail->>'charge')::numeric as charge,
                               (detail->>'paid')::numeric as paid, status, created_at
                        from remittance_exception where status = 'OPEN' order by created_at, id limit 1000""")
                .query(Item.class).list();
    }

    /** Posts the held remittance to the claim the biller chose; false when it was resolved before. */
    @Transactional
    public boolean resolve(long id, String claimId, String user) {
        claims.get(claimId); // a claim that exists, or ClaimNotFoundException
        record Held(String detail) {
        }
        var held = jdbc.sql("select detail::text as detail from remittance_exception where id = :id and status = 'OPEN' for update")
                .param("id", id).query(Held.class).optional();
        if (held.isEmpty()) {
            return false;
        }
        posting.post(claimId, read(held.get().detail()));
        jdbc.sql("""
                        update remittance_exception set status = 'RESOLVED', resolved_claim_id = :claim, resolved_by = :user,
                               resolved_at = now() where id = :id""")
                .param("claim", claimId).param("user", user).param("id", id).update();
        return true;
    }

    public long openCount() {
        return jdbc.sql("select count(*) from remittance_exception where status = 'OPEN'").query(Long.class).single();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ClaimRemittance read(String text) {
        try {
            return json.readValue(text, ClaimRemittance.class);
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable held remittance", e);
        }
    }
}
