package org.arflow.edi;

import jakarta.annotation.security.RolesAllowed;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.arflow.edi.x12.X12Bytes;
import org.arflow.edi.x12.X12FormatException;
import org.arflow.input.InvalidInputException;
import org.arflow.security.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The one way X12 files come in (API, inbox folder, UI upload). The raw file is stored as bytes with
 * its SHA-256 before anything is decoded; a file imported before is not imported again; a broken file
 * is kept as FAILED with an error that says where; an 835 whose envelope does not add up is HELD for
 * a person. Posting per claim is idempotent, so a re-import after a crash completes what the first
 * run began, exactly once.
 */
@Service
public class X12Import {

    private static final Logger log = LoggerFactory.getLogger(X12Import.class);

    private final X12Files files;
    private final RemittanceImport remittances;
    private final ClaimIntake intake;
    private final StatusImport statuses;
    private final AuditLog audit;

    X12Import(X12Files files, RemittanceImport remittances, ClaimIntake intake, StatusImport statuses,
              AuditLog audit) {
        this.files = files;
        this.remittances = remittances;
        this.intake = intake;
        this.statuses = statuses;
        this.audit = audit;
    }

    public ImportReport importFile(String fileName, byte[] content, String source, String user) {
        ReceivedFile stored = files.store(sha256(content), printable(fileName), printable(source), printable(user),
                content);
        if (!"RECEIVED".equals(stored.status())) {
            ImportReport earlier = files.readReport(stored.report());
            return new ImportReport(earlier.fileId(), earlier.fileName(), earlier.transactionType(), earlier.status(),
                    true, "This file was received before (file #" + stored.id() + ", " + stored.receivedAt().toLocalDate()
                    + "); nothing was imported again." + (earlier.held() ? " It is held: " + earlier.message() : ""),
                    earlier.counts(), earlier.money(), earlier.warnings(), earlier.error());
        }
        return run(stored, content, null);
    }

    /**
     * Imports an 835 held for its envelope (counts, control numbers) as it is: a supervisor's decision,
     * audited. Balancing still applies to every claim and transaction.
     */
    @RolesAllowed({"SUPERVISOR", "ADMIN"})
    public ImportReport importAnyway(long fileId, String user) {
        ReceivedFile stored = files.find(fileId).orElseThrow(() -> new X12FileNotFoundException(fileId));
        if (!files.takeHeld(fileId)) {
            throw new X12FileNotHeldException(fileId, stored.status());
        }
        audit.record(user, "X12_IMPORT_ANYWAY", null, null, "file #" + fileId + " imported despite: " + stored.error());
        ImportReport report = run(stored, files.content(fileId).orElseThrow(), user);
        files.markImportedAnyway(fileId, user);
        return report;
    }

    private ImportReport run(ReceivedFile stored, byte[] raw, String anywayBy) {
        String fileName = stored.fileName();
        X12Bytes.Prepared prepared = X12Bytes.prepare(raw, fileName);
        byte[] content = prepared.content();
        String type = TransactionKind.of(content).orElse(null);
        ImportReport report;
        try {
            if (type != null) {
                X12Bytes.checkText(content, type, fileName);
            }
            report = switch (type == null ? "none" : type) {
                case "none" -> failed(stored, null, "is not an X12 file: it does not start with an ISA segment");
                case "835" -> remittances.importFile(stored.id(), fileName, content, anywayBy);
                case "837" -> intake.importFile(stored.id(), fileName, content);
                case "277" -> statuses.importFile(stored.id(), fileName, content);
                default -> ReportDraft.failed(stored.id(), fileName, type, new ImportReport.Error("File " + fileName
                        + " holds transaction set " + type + " (ST01), which arflow does not import (it reads 835, 837"
                        + " and 277/277CA)", "ST", TransactionKind.firstTransactionPosition(content), 1));
            };
        } catch (X12FormatException e) {
            report = ReportDraft.failed(stored.id(), fileName, type, ReportDraft.error(e));
        } catch (InvalidInputException e) { // a value the claims' rules refuse: the file's fault
            report = ReportDraft.failed(stored.id(), fileName, type, new ImportReport.Error(e.getMessage(), null, 0, 0));
        } catch (DataIntegrityViolationException e) {
            if (e instanceof DuplicateKeyException) {
                throw interrupted(stored, e); // two imports at once: again completes it
            }
            report = unstorable(stored, type, e);
        } catch (RuntimeException e) {
            throw interrupted(stored, e);
        }
        report = report.withWarningsFirst(prepared.warnings());
        files.finish(stored.id(), type, report);
        log.info("X12 file #{} ({}) {}", stored.id(), type, report.status());
        return report;
    }

    /** Not the file's fault (database, engine): keep it RECEIVED so that importing it again completes it. */
    private static ImportInterruptedException interrupted(ReceivedFile stored, RuntimeException e) {
        log.error("Import of X12 file #{} interrupted: {}", stored.id(), e.getMessage());
        return new ImportInterruptedException(stored.id(), e);
    }

    /**
     * The file's fault, found only by the database (a value beyond a column or a rule): the file is
     * failed for good, never "send it again". The database's first line names the rule, not the row.
     */
    private static ImportReport unstorable(ReceivedFile stored, String type, DataIntegrityViolationException e) {
        String cause = String.valueOf(NestedExceptionUtils.getMostSpecificCause(e).getMessage()).lines().findFirst()
                .orElse("").replaceFirst("^ERROR: ", "");
        log.warn("X12 file #{} holds a value the database refuses: {}", stored.id(), cause);
        return ReportDraft.failed(stored.id(), stored.fileName(), type, new ImportReport.Error("File "
                + stored.fileName() + " holds a value arflow cannot store (" + cause + "). Claims before it in the"
                + " file may have been imported; correct the file before sending it again.", null, 0, 0));
    }

    /** The files received, newest first. */
    public List<ReceivedFile> recentFiles(int limit) {
        return files.recent(limit);
    }

    public Optional<ReceivedFile> file(long id) {
        return files.find(id);
    }

    private static ImportReport failed(ReceivedFile stored, String type, String what) {
        return ReportDraft.failed(stored.id(), stored.fileName(), type,
                new ImportReport.Error("File " + stored.fileName() + " " + what, null, 0, 0));
    }

    /** Names and users go to text columns: no control character (a NUL byte) may reach them. */
    private static String printable(String text) {
        return text == null ? null : text.replaceAll("\\p{Cntrl}", "?");
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
