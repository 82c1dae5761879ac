package org.arflow.edi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The watched inbox folder: a file dropped into {data-dir}/x12/inbox is imported and moved to
 * processed/ or failed/. Files still being written (ending .part or .tmp, or hidden) are left alone.
 */
@Component
public class X12Inbox {

    private static final Logger log = LoggerFactory.getLogger(X12Inbox.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-");

    private final X12Import importer;
    private final Path inbox;

    private final long maxFileBytes;

    X12Inbox(X12Import importer, @Value("${arflow.data-dir:./data}") Path dataDir,
             @Value("${arflow.x12.max-file-size:100MB}") org.springframework.util.unit.DataSize maxFileSize) {
        this.importer = importer;
        this.maxFileBytes = maxFileSize.toBytes();
        this.inbox = dataDir.resolve("x12").resolve("inbox");
    }

    public Path folder() {
        return inbox;
    }

    /** Drops a file into the inbox as a clearinghouse would: written under a temporary name, then renamed. */
    public void drop(String fileName, byte[] content) {
        try {
            Files.createDirectories(inbox);
            Path part = inbox.resolve(fileName + ".part");
            Files.write(part, content);
            Files.move(part, inbox.resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot drop " + fileName + " into " + inbox, e);
        }
    }

    @Scheduled(initialDelayString = "${arflow.x12.inbox-every:PT5S}", fixedDelayString = "${arflow.x12.inbox-every:PT5S}")
    void poll() {
        for (Path file : waitingFiles()) {
            try {
                if (Files.size(file) > maxFileBytes) {
                    log.warn("Inbox file of {} bytes is over the limit (arflow.x12.max-file-size): moved to failed/",
                            Files.size(file));
                    move(file, "failed");
                    continue;
                }
                ImportReport report = importer.importFile(file.getFileName().toString(), Files.readAllBytes(file),
                        "INBOX", null);
                move(file, report.failed() ? "failed" : "processed");
            } catch (ImportInterruptedException e) {
                log.warn("Inbox import interrupted, the file stays in the inbox: {}", e.getMessage());
                return;
            } catch (IOException e) {
                log.warn("Inbox file cannot be read: {}", e.getMessage());
            }
        }
    }

    private List<Path> waitingFiles() {
        try {
            Files.createDirectories(inbox);
            try (Stream<Path> files = Files.list(inbox)) {
                return files.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .filter(f -> !f.toString().endsWith(".part") && !f.toString().endsWith(".tmp"))
                        .sorted().toList();
            }
        } catch (IOException e) {
            log.warn("X12 inbox {} cannot be read: {}", inbox, e.getMessage());
            return List.of();
        }
    }

    private void move(Path file, String folder) throws IOException {
        Path target = inbox.resolve(folder);
        Files.createDirectories(target);
        Files.move(file, target.resolve(LocalDateTime.now().format(STAMP) + file.getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
