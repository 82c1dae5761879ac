package org.arflow.edi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arflow.claims.StatusInquiries;
import org.arflow.edi.x12.DateRange;
import org.arflow.edi.x12.Envelope;
import org.arflow.edi.x12.Party;
import org.arflow.edi.x12.Person;
import org.arflow.edi.x12.StatusInquiry;
import org.arflow.edi.x12.StatusInquiryWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the status inquiries the processes asked for as X12 276 files, one per payer, into the
 * outbox folder (and the database), with unique, increasing control numbers.
 */
@Component
class StatusInquiryFiles {

    private static final Logger log = LoggerFactory.getLogger(StatusInquiryFiles.class);

    private final StatusInquiries inquiries;
    private final JdbcClient jdbc;
    private final Practice practice;
    private final Path outbox;
    private final StatusInquiryWriter writer = new StatusInquiryWriter();

    StatusInquiryFiles(StatusInquiries inquiries, JdbcClient jdbc, Practice practice,
                       @Value("${arflow.data-dir:./data}") Path dataDir) {
        this.inquiries = inquiries;
        this.jdbc = jdbc;
        this.practice = practice;
        this.outbox = dataDir.resolve("x12").resolve("outbox");
    }

    @Scheduled(initialDelayString = "${arflow.x12.outbox-every:PT10S}", fixedDelayString = "${arflow.x12.outbox-every:PT10S}")
    void writePending() {
        Map<Long, List<StatusInquiries.Request>> byPayer = new LinkedHashMap<>();
        inquiries.pending(500).forEach(r -> byPayer.computeIfAbsent(r.payer().id(), k -> new ArrayList<>()).add(r));
        byPayer.values().forEach(this::writeFile);
    }

    /** Writes one 276 for these requests; returns the file name, or null when none could be written. */
    String writeFile(List<StatusInquiries.Request> requests) {
        List<StatusInquiry> writable = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (StatusInquiries.Request r : requests) {
            try {
                writable.add(inquiry(r));
                ids.add(r.id());
            } catch (IllegalArgumentException e) {
                inquiries.markFailed(r.id(), e.getMessage());
            }
        }
        if (writable.isEmpty()) {
            return null;
        }
        int control = jdbc.sql("select nextval('x12_control_number')").query(Integer.class).single();
        var payer = requests.getFirst().payer();
        String receiver = payer.payerCode() == null ? "CLEARINGHOUSE" : payer.payerCode();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(writable, new Envelope("ZZ", practice.senderId(), "ZZ", receiver, practice.name(), control,
                practice.production(), LocalDateTime.now()), out);
        String fileName = "276-" + receiver + "-" + control + ".x12";
        store(fileName, control, writable.size(), out.toByteArray());
        ids.forEach(id -> inquiries.markSent(id, fileName));
        log.info("Wrote {} with {} status inquiries", fileName, writable.size());
        return fileName;
    }

    private StatusInquiry inquiry(StatusInquiries.Request r) {
        var patient = r.patient();
        Person subscriber = new Person(patient.lastName(), patient.firstName(), patient.memberId(), patient.birthDate(),
                null);
        String payerId = r.payer().payerCode() == null ? r.payer().name() : r.payer().payerCode();
        return new StatusInquiry(r.claimId(), new Party(r.payer().name(), "PI", payerId),
                new Party(practice.name(), "XX", practice.npi()), subscriber, null,
                new DateRange(r.serviceFrom(), r.serviceTo()), r.billedAmount());
    }

    private void store(String fileName, int control, int claims, byte[] content) {
        jdbc.sql("""
                        insert into x12_outbound_file (file_name, transaction_type, control_number, claims, content)
                        values (:name, '276', :control, :claims, :content)""")
                .param("name", fileName).param("control", control).param("claims", claims).param("content", content)
                .update();
        try {
            Files.createDirectories(outbox);
            Files.write(outbox.resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + fileName + " to " + outbox, e);
        }
    }
}
