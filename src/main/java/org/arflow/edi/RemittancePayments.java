package org.arflow.edi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.arflow.edi.x12.BalanceProblem;
import org.arflow.edi.x12.Remittance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments, the guard against posting one payment twice. A payment is payer + trace number (TRN02)
 * + amount + payee; one row per transaction set that carries it. Another file with the same payer,
 * trace and payee is the same payment when the amount matches (a duplicate) and a conflict for a
 * person when it does not (a corrected re-issue, or a mistake).
 */
@Repository
class RemittancePayments {

    record Payment(long id, long fileId, BigDecimal paymentAmount) {
    }

    /** What the payment is to arflow: new (post it), a duplicate or a conflict of an earlier one. */
    enum Seen { NEW, DUPLICATE, CONFLICT }

    record Recorded(Payment payment, Seen seen, Payment earlier) {
    }

    private static final String COLUMNS = "id, file_id, payment_amount";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RemittancePayments(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records the transaction set's payment (again importing the same file finds the row it wrote before). */
    @Transactional
    Recorded record(long fileId, String payerKey, String payeeKey, Remittance r, List<BalanceProblem> problems) {
        // one import at a time decides about one payer's trace number
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))").param("key", payerKey + "|" + r.traceNumber())
                .query((rs, n) -> 1).list();
        Optional<Payment> mine = jdbc.sql("select " + COLUMNS + " from remittance_payment where file_id = :file"
                        + " and interchange_control = :isa and transaction_control = :st")
                .param("file", fileId).param("isa", r.interchangeControlNumber())
                .param("st", r.transactionControlNumber()).query(Payment.class).optional();
        List<Payment> earlier = jdbc.sql("select " + COLUMNS + " from remittance_payment"
                        + " where payer_key = :payer and trace_number = :trace and file_id <> :file"
                        + " and (payee_key = :payee or payee_key is null) and status = 'POSTED' order by id")
                .param("payer", payerKey).param("trace", r.traceNumber()).param("file", fileId)
                .param("payee", payeeKey).query(Payment.class).list();
        Optional<Payment> same = earlier.stream()
                .filter(p -> p.paymentAmount().compareTo(r.paymentAmount()) == 0).findFirst();
        if (same.isPresent() && mine.isEmpty()) {
            return new Recorded(same.get(), Seen.DUPLICATE, same.get());
        }
        Payment conflicting = same.isEmpty() && !earlier.isEmpty() ? earlier.getFirst() : null;
        Payment payment = mine.orElseGet(() -> insert(fileId, payerKey, payeeKey, r, problems, conflicting));
        return new Recorded(payment, conflicting == null ? Seen.NEW : Seen.CONFLICT, conflicting);
    }

    private Payment insert(long fileId, String payerKey, String payeeKey, Remittance r, List<BalanceProblem> problems,
                           Payment conflicting) {
        return jdbc.sql("""
                        insert into remittance_payment (payer_key, trace_number, file_id, payment_amount, payment_method,
                                                        payment_date, provider_adjustments, balance_problems, payee_key,
                                                        interchange_control, transaction_control, status, conflicts_with)
                        values (:payer, :trace, :file, :amount, :method, :date, cast(:plb as jsonb),
                                cast(:problems as jsonb), :payee, :isa, :st, :status, :conflicts)
                        returning\s""" + COLUMNS)
                .param("payer", payerKey).param("trace", r.traceNumber()).param("file", fileId)
                .param("amount", r.paymentAmount()).param("method", r.paymentMethod()).param("date", r.paymentDate())
                .param("plb", write(r.providerAdjustments())).param("problems", write(problems))
                .param("payee", payeeKey).param("isa", r.interchangeControlNumber())
                .param("st", r.transactionControlNumber())
                .param("status", conflicting == null ? "POSTED" : "CONFLICT")
                .param("conflicts", conflicting == null ? null : conflicting.id())
                .query(Payment.class).single();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
