package org.arflow.edi;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arflow.claims.ClaimService;
import org.arflow.claims.RemittancePosting;
import org.arflow.edi.x12.ClaimStatus;
import org.arflow.edi.x12.ClaimStatusResponse;
import org.arflow.edi.x12.StatusResponseParser;
import org.arflow.edi.x12.X12FormatException;
import org.springframework.stereotype.Component;

/** 277 / 277CA import: each claim's status goes to its process; the timeline shows it. */
@Component
class StatusImport {

    private final StatusResponseParser parser = new StatusResponseParser();
    private final ClaimService claims;
    private final RemittancePosting posting;

    StatusImport(ClaimService claims, RemittancePosting posting) {
        this.claims = claims;
        this.posting = posting;
    }

    ImportReport importFile(long fileId, String fileName, byte[] content) {
        ReportDraft draft = new ReportDraft();
        int position = 0;
        List<X12FormatException> envelope = new ArrayList<>();
        List<ClaimStatusResponse> responses = parser.parse(new ByteArrayInputStream(content), fileName, envelope);
        // an acknowledgement or status with a wrong count still says what it says: read it, and say what is off
        envelope.forEach(e -> draft.warnings.add(e.getMessage() + " (the statuses were read all the same)"));
        for (ClaimStatusResponse response : responses) {
            position++;
            Optional<String> claimId = knownClaim(response.claimId()).or(() -> knownClaim(response.patientControlNumber()));
            if (claimId.isEmpty() || response.statuses().isEmpty()) {
                draft.statusesUnmatched++;
                draft.warnings.add("Status for claim " + response.claimId() + " matches no claim; not recorded");
                continue;
            }
            ClaimStatus status = response.statuses().getFirst();
            String reference = "277:" + fileId + ":" + response.transactionControlNumber() + ":" + position;
            var recorded = posting.recordStatus(claimId.get(), new org.arflow.claims.ClaimStatusResponse(reference,
                    status.categoryCode(), status.statusCode(),
                    status.effectiveDate() == null ? LocalDate.now() : status.effectiveDate(), null));
            if (recorded) {
                draft.statusesRecorded++;
            }
        }
        return draft.finish(fileId, fileName, "277", "Claim status file imported");
    }

    private Optional<String> knownClaim(String id) {
        return id == null ? Optional.empty() : claims.find(id).map(c -> c.claimId());
    }
}
