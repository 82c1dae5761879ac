package org.arflow.edi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.arflow.edi.x12.BalanceProblem;
import org.arflow.edi.x12.Remittance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payments (one per payer + trace number), the guard against posting one payment twice. */
@Repository
class RemittancePayments {

    record Payment(long id, long fileId) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RemittancePayments(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records the payment unless known; returns it either way (its file tells whether it is this one). */
    Payment record(long fileId, String payerKey, Remittance r, List<BalanceProblem> problems) {
        jdbc.sql("""
                        insert into remittance_payment (payer_key, trace_number, file_id, payment_amount, payment_method,
                                                        payment_date, provider_adjustments, balance_problems)
                        values (:payer, :trace, :file, :amount, :method, :date, cast(:plb as jsonb), cast(:problems as jsonb))
                        on conflict (payer_key, trace_number) do nothing""")
                .param("payer", payerKey).param("trace", r.traceNumber()).param("file", fileId)
                .param("amount", r.paymentAmount()).param("method", r.paymentMethod()).param("date", r.paymentDate())
                .param("plb", write(r.providerAdjustments())).param("problems", write(problems)).update();
        return jdbc.sql("select id, file_id from remittance_payment where payer_key = :payer and trace_number = :trace")
                .param("payer", payerKey).param("trace", r.traceNumber()).query(Payment.class).single();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
