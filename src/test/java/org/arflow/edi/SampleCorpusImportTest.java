package org.arflow.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.arflow.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every file of the conformance corpus (../shared/samples/x12, real files written by others) goes
 * through the real import: each gives a report or a located error, and its known defects are found.
 */
@IntegrationTest
class SampleCorpusImportTest {

    private static final Path CORPUS = Path.of("..", "shared", "samples", "x12");

    @Autowired
    X12Import importer;

    @Test
    void every_corpus_file_imports_or_fails_with_a_located_error_and_its_known_defects_are_reported() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "No conformance corpus at " + CORPUS.toAbsolutePath()
                + " (a fresh clone has no ../shared): skipped");
        Map<String, ImportReport> reports = new HashMap<>();
        for (Path file : files()) {
            reports.put(file.getFileName().toString(),
                    importer.importFile(file.getFileName().toString(), Files.readAllBytes(file), "CORPUS", "test"));
        }

        reports.forEach((name, report) -> {
            if (report.failed()) {
                assertThat(report.error().message()).as(name).contains(name);
            }
        });
        assertThat(reports.get("835_005010X221A1__managed-care.835").error().segmentTag())
                .as("BPR16 with month 23").isEqualTo("BPR");
        assertThat(reports.get("835_005010X221A1__tertiary-payment.835").warnings())
                .as("the service line without a procedure code").anyMatch(w -> w.contains("line"));
        assertThat(reports.get("835_005010X221A1__medicare-part-a.835").warnings())
                .as("the provider-level adjustment").anyMatch(w -> w.contains("PLB") && w.contains("-1.27"));
        int claimsAccountedFor = reports.entrySet().stream().filter(e -> e.getKey().endsWith("837"))
                .filter(e -> !e.getValue().failed())
                .mapToInt(e -> e.getValue().counts().claimsCreated() + e.getValue().counts().claimsAlreadyKnown()).sum();
        long clmSegments = 0;
        for (Path file : files()) {
            if (file.getFileName().toString().endsWith("837") && !reports.get(file.getFileName().toString()).failed()) {
                clmSegments += java.util.regex.Pattern.compile("(^|~)\\s*CLM\\*").matcher(Files.readString(file)).results().count();
            }
        }
        assertThat(claimsAccountedFor).as("every CLM created or reported as known").isEqualTo(clmSegments).isPositive();
        assertThat(reports.entrySet()).filteredOn(e -> e.getKey().endsWith("835"))
                .filteredOn(e -> !e.getValue().failed()).isNotEmpty()
                .allMatch(e -> e.getValue().counts().unmatched() + e.getValue().counts().heldUnbalanced() > 0);

        for (Path file : files()) {
            ImportReport again = importer.importFile(file.getFileName().toString(), Files.readAllBytes(file), "CORPUS", "t");
            assertThat(again.duplicateFile()).as("%s imported twice", file).isTrue();
        }
    }

    private static List<Path> files() throws Exception {
        try (Stream<Path> all = Files.list(CORPUS)) {
            return all.filter(p -> p.getFileName().toString().matches(".*\\.(835|837|277)")).sorted().toList();
        }
    }
}
