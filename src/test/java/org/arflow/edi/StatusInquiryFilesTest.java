package org.arflow.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.arflow.IntegrationTest;
import org.arflow.claims.ClaimStage;
import org.arflow.claims.LifecycleDriver;
import org.arflow.claims.StatusInquiries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** When a process asks for a status inquiry, a valid 276 lands in the outbox folder. */
@IntegrationTest
class StatusInquiryFilesTest {

    @Autowired
    LifecycleDriver office;
    @Autowired
    StatusInquiries inquiries;
    @Autowired
    StatusInquiryFiles files;
    @Value("${arflow.data-dir:./data}")
    Path dataDir;

    @Test
    void an_inquiry_asked_for_by_the_process_is_written_as_a_276_that_parses_back() throws Exception {
        office.submit("X-276-1", "Medicare", 10, "120.00", null);
        office.letTimerFire("X-276-1", "NoAnswerInTime", Duration.ofDays(22));
        office.awaitStage("X-276-1", ClaimStage.INQUIRY_SENT);
        await().atMost(Duration.ofSeconds(30)).until(() -> inquiries.pending(500).stream()
                .anyMatch(r -> r.claimId().equals("X-276-1")) || written("X-276-1") != null);

        files.writePending();

        Path file = await().atMost(Duration.ofSeconds(10)).until(() -> written("X-276-1"), f -> f != null);
        byte[] content = Files.readAllBytes(file);
        assertThat(new String(content)).startsWith("ISA").contains("ST*276").contains("X-276-1");
        assertThat(segments(content)).contains("BHT", "TRN", "DMG", "SE", "IEA");
        assertThat(inquiries.pending(500)).noneMatch(r -> r.claimId().equals("X-276-1"));
    }

    private Path written(String claimId) throws Exception {
        Path outbox = dataDir.resolve("x12").resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            return null;
        }
        try (var list = Files.list(outbox)) {
            for (Path p : list.toList()) {
                if (new String(Files.readAllBytes(p)).contains(claimId)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The segment ids staedi reads, failing on any syntax or envelope error. */
    private static List<String> segments(byte[] content) throws Exception {
        List<String> ids = new ArrayList<>();
        try (var reader = EDIInputFactory.newFactory().createEDIStreamReader(new ByteArrayInputStream(content))) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.START_SEGMENT) {
                    ids.add(reader.getText());
                }
                assertThat(event).isNotIn(EDIStreamEvent.SEGMENT_ERROR, EDIStreamEvent.ELEMENT_DATA_ERROR,
                        EDIStreamEvent.ELEMENT_OCCURRENCE_ERROR);
            }
        }
        return ids;
    }
}
