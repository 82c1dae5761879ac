package org.arflow.patientbilling;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.arflow.claims.ClaimProgress;
import org.arflow.patients.PatientService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Patient statements: written once per process step, stored as PDF, listed per account and per day. */
@Service
public class Statements {

    private static final String COLUMNS =
            "id, patient_id, number, final_notice, statement_date, due_date, amount_due, claim_ids";

    private final JdbcClient jdbc;
    private final PatientService patients;
    private final PatientAccounts accounts;
    private final StatementDocument document;
    private final ClaimProgress progress;
    private final PatientBillingSettings settings;

    Statements(JdbcClient jdbc, PatientService patients, PatientAccounts accounts, StatementDocument document,
               ClaimProgress progress, PatientBillingSettings settings) {
        this.jdbc = jdbc;
        this.patients = patients;
        this.accounts = accounts;
        this.document = document;
        this.progress = progress;
        this.settings = settings;
    }

    /** Writes the statement for this step (a retried step returns the one written before); empty when nothing is due. */
    @Transactional
    public Optional<Statement> issue(long patientId, int number, boolean finalNotice, LocalDate date, String stepKey) {
        Optional<Statement> earlier = jdbc.sql("select " + COLUMNS + " from patient_statement where step_key = :k")
                .param("k", stepKey).query(this::map).optional();
        if (earlier.isPresent()) {
            return earlier;
        }
        BigDecimal due = accounts.balanceDue(patientId);
        if (due.signum() <= 0) {
            return Optional.empty();
        }
        List<PatientBalance> open = accounts.balances(patientId).stream().filter(b -> b.due().signum() > 0).toList();
        LocalDate dueDate = date.plusDays(Math.max(1, settings.statementInterval().toDays()));
        byte[] pdf = document.render(patients.find(patientId).orElseThrow(() -> new PatientNotFoundException(patientId)),
                number, finalNotice, date, dueDate, open, accounts.credit(patientId), due);
        String[] claimIds = open.stream().map(PatientBalance::claimId).toArray(String[]::new);
        long id = jdbc.sql("""
                        insert into patient_statement (patient_id, number, final_notice, statement_date, due_date,
                                                       amount_due, claim_ids, pdf, step_key)
                        values (:p, :n, :f, :d, :due, :amount, :claims, :pdf, :k) returning id""")
                .param("p", patientId).param("n", number).param("f", finalNotice).param("d", date).param("due", dueDate)
                .param("amount", due).param("claims", claimIds).param("pdf", pdf).param("k", stepKey)
                .query(Long.class).single();
        for (PatientBalance b : open) {
            progress.record(b.claimId(), null, finalNotice ? "PATIENT_FINAL_NOTICE" : "PATIENT_STATEMENT",
                    (finalNotice ? "Final notice" : "Patient statement " + number) + " sent: "
                            + StatementDocument.money(b.due()) + " due for this claim by " + dueDate,
                    "arflow", "statement:" + id + ":" + b.claimId());
        }
        return Optional.of(get(id));
    }

    public Statement get(long id) {
        return jdbc.sql("select " + COLUMNS + " from patient_statement where id = :id").param("id", id)
                .query(this::map).single();
    }

    public List<Statement> of(long patientId) {
        return jdbc.sql("select " + COLUMNS + " from patient_statement where patient_id = :p order by id desc")
                .param("p", patientId).query(this::map).list();
    }

    public byte[] pdf(long statementId) {
        return jdbc.sql("select pdf from patient_statement where id = :id").param("id", statementId)
                .query(byte[].class).single();
    }

    /** The day's statements as one PDF, for printing and mailing; empty when none were written that day. */
    public Optional<byte[]> daily(LocalDate date) {
        List<byte[]> pdfs = jdbc.sql("select pdf from patient_statement where statement_date = :d order by id")
                .param("d", date).query(byte[].class).list();
        if (pdfs.isEmpty()) {
            return Optional.empty();
        }
        try {
            PDFMergerUtility merger = new PDFMergerUtility();
            pdfs.forEach(p -> merger.addSource(new RandomAccessReadBuffer(p)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            merger.setDestinationStream(out);
            merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
            return Optional.of(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("The day's statements could not be put together", e);
        }
    }

    private Statement map(ResultSet rs, int row) throws SQLException {
        return new Statement(rs.getLong("id"), rs.getLong("patient_id"), rs.getInt("number"),
                rs.getBoolean("final_notice"), rs.getObject("statement_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class), rs.getBigDecimal("amount_due"),
                Arrays.asList((String[]) rs.getArray("claim_ids").getArray()));
    }
}
