package org.arflow.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.arflow.patients.Patient;
import org.arflow.patients.PatientService;
import org.arflow.payers.Payer;
import org.arflow.payers.PayerService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Status inquiries (276) the processes asked for, with what it takes to write them, until they are sent. */
@Service
public class StatusInquiries {

    /** One claim to ask its payer about. */
    public record Request(long id, String claimId, Payer payer, Patient patient, LocalDate serviceFrom,
                          LocalDate serviceTo, BigDecimal billedAmount) {
    }

    private final JdbcClient jdbc;
    private final ClaimService claims;
    private final PayerService payers;
    private final PatientService patients;

    StatusInquiries(JdbcClient jdbc, ClaimService claims, PayerService payers, PatientService patients) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.payers = payers;
        this.patients = patients;
    }

    public List<Request> pending(int limit) {
        record Row(long id, String claimId) {
        }
        return jdbc.sql("""
                        select i.id, c.claim_id from status_inquiry i join claim c on c.id = i.claim_id
                        where i.sent_at is null and i.failed_reason is null order by i.id limit :limit""")
                .param("limit", limit).query(Row.class).list().stream()
                .map(r -> {
                    Claim c = claims.get(r.claimId());
                    return new Request(r.id(), c.claimId(), payers.find(c.payerId()).orElseThrow(),
                            patients.find(c.patientId()).orElseThrow(), c.serviceFrom(), c.serviceTo(), c.billedAmount());
                })
                .toList();
    }

    public void markSent(long id, String fileName) {
        jdbc.sql("update status_inquiry set sent_at = now(), file_name = :file where id = :id")
                .param("file", fileName).param("id", id).update();
    }

    /** The inquiry cannot be written (e.g. the patient's birth date is unknown); it is kept with the reason. */
    public void markFailed(long id, String reason) {
        jdbc.sql("update status_inquiry set failed_reason = :reason where id = :id")
                .param("reason", reason).param("id", id).update();
    }
}
