package org.arflow.edi;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.arflow.edi.x12.X12FormatException;
import org.arflow.input.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one way X12 files come in (API, inbox folder, UI upload). The raw file is stored with its
 * SHA-256 before it is parsed; a file imported before is not imported again; a broken file is kept
 * as FAILED with an error that says where. Posting per claim is idempotent, so a re-import after a
 * crash completes what the first run began, exactly once.
 */
@Service
public class X12Import {

    private static final Logger log = LoggerFactory.getLogger(X12Import.class);

    private final X12Files files;
    private final RemittanceImport remittances;
    private final ClaimIntake intake;
    private final StatusImport statuses;

    X12Import(X12Files files, RemittanceImport remittances, ClaimIntake intake, StatusImport statuses) {
        this.files = files;
        this.remittances = remittances;
        this.intake = intake;
        this.statuses = statuses;
    }

    public ImportReport importFile(String fileName, byte[] content, String source, String user) {
        ReceivedFile stored = files.store(sha256(content), fileName, source, user, content);
        if (!"RECEIVED".equals(stored.status())) {
            ImportReport earlier = files.readReport(stored.report());
            return new ImportReport(earlier.fileId(), earlier.fileName(), earlier.transactionType(), earlier.status(),
                    true, "This file was received before (file #" + stored.id() + ", " + stored.receivedAt().toLocalDate()
                    + "); nothing was imported again.", earlier.counts(), earlier.money(), earlier.warnings(),
                    earlier.error());
        }
        Optional<String> kind = TransactionKind.of(content);
        String type = kind.orElse(null);
        ImportReport report;
        try {
            report = switch (type == null ? "none" : type) {
                case "none" -> failed(stored, null, "is not an X12 file: it does not start with an ISA segment");
                case "835" -> remittances.importFile(stored.id(), fileName, content);
                case "837" -> intake.importFile(stored.id(), fileName, content);
                case "277" -> statuses.importFile(stored.id(), fileName, content);
                default -> failed(stored, type, "holds transaction set " + type
                        + ", which arflow does not import (it reads 835, 837 and 277/277CA)");
            };
        } catch (X12FormatException e) {
            report = ReportDraft.failed(stored.id(), fileName, type, new ImportReport.Error(e.getMessage(),
                    e.segmentTag(), e.segmentPosition(), e.elementPosition()));
        } catch (InvalidInputException e) { // a value the claims' rules refuse: the file's fault
            report = ReportDraft.failed(stored.id(), fileName, type, new ImportReport.Error(e.getMessage(), null, 0, 0));
        } catch (RuntimeException e) {
            // not the file's fault (database, engine): keep it RECEIVED so that importing it again completes it
            log.error("Import of X12 file #{} interrupted: {}", stored.id(), e.getMessage());
            throw new ImportInterruptedException(stored.id(), e);
        }
        files.finish(stored.id(), type, report);
        log.info("X12 file #{} ({}) {}", stored.id(), type, report.status());
        return report;
    }

    /** The files received, newest first. */
    public java.util.List<ReceivedFile> recentFiles(int limit) {
        return files.recent(limit);
    }

    private static ImportReport failed(ReceivedFile stored, String type, String what) {
        return ReportDraft.failed(stored.id(), stored.fileName(), type,
                new ImportReport.Error("File " + stored.fileName() + " " + what, null, 0, 0));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
