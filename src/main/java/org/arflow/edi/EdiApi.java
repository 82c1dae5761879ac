package org.arflow.edi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.arflow.input.Identifiers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/x12")
@RolesAllowed({"BILLER", "SUPERVISOR", "ADMIN"})
@Tag(name = "X12", description = "Import 835, 837 and 277/277CA files; unmatched and unbalanced remittances")
class EdiApi {

    private final X12Import importer;
    private final X12Files files;
    private final RemittanceExceptions exceptions;
    private final ProviderLedger ledger;
    private final long maxFileBytes;

    EdiApi(X12Import importer, X12Files files, RemittanceExceptions exceptions, ProviderLedger ledger,
           @org.springframework.beans.factory.annotation.Value("${arflow.x12.max-file-size:100MB}")
           org.springframework.util.unit.DataSize maxFileSize) {
        this.maxFileBytes = maxFileSize.toBytes();
        this.ledger = ledger;
        this.importer = importer;
        this.files = files;
        this.exceptions = exceptions;
    }

    @PostMapping(consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Import a raw X12 file (the request body); answers with the import report, 422 when the file "
            + "is broken (with file, segment and element), 202 when an 835 is held for a person (its envelope counts or "
            + "control numbers do not match), 413 when it is larger than arflow.x12.max-file-size")
    ResponseEntity<?> importFile(jakarta.servlet.http.HttpServletRequest request,
                                 @RequestParam(defaultValue = "upload.x12") String fileName, Principal user)
            throws java.io.IOException {
        Identifiers.fileName("fileName", fileName);
        long declared = request.getContentLengthLong();
        if (declared > maxFileBytes) {
            return tooLarge(fileName, declared);
        }
        // read at most one byte past the limit: a body without a length cannot fill the memory either
        byte[] content = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
        if (content.length > maxFileBytes) {
            return tooLarge(fileName, content.length);
        }
        return answer(importer.importFile(fileName, content, "API", user.getName()));
    }

    private static ResponseEntity<ImportReport> answer(ImportReport report) {
        HttpStatus status = report.failed() ? HttpStatus.UNPROCESSABLE_ENTITY
                : report.held() ? HttpStatus.ACCEPTED : HttpStatus.OK;
        return ResponseEntity.status(status).body(report);
    }

    @PostMapping("/files/{id}/import-anyway")
    @RolesAllowed({"SUPERVISOR", "ADMIN"})
    @Operation(summary = "Import an 835 held for its envelope as it is (audited); balancing still applies. 409 when "
            + "the file is not held")
    ResponseEntity<ImportReport> importAnyway(@PathVariable long id, Principal user) {
        return answer(importer.importAnyway(id, user.getName()));
    }

    @GetMapping("/ledger")
    @Operation(summary = "The provider-level ledger: PLB lines and claim interest per payer and payee, newest first "
            + "(positive amounts reduced a payment, negative ones increased it)")
    List<ProviderLedger.Entry> ledger(@RequestParam(required = false) String payer,
                                      @RequestParam(required = false) String payee,
                                      @RequestParam(defaultValue = "200") int limit) {
        return ledger.entries(payer, payee, Math.clamp(limit, 1, 1000));
    }

    @GetMapping("/ledger/balances")
    @Operation(summary = "Each provider-level account's sum per kind (recoupment, interest, capitation ...)")
    List<ProviderLedger.Balance> ledgerBalances() {
        return ledger.balances();
    }

    private ResponseEntity<ProblemDetail> tooLarge(String fileName, long bytes) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ProblemDetail.forStatusAndDetail(
                HttpStatus.PAYLOAD_TOO_LARGE, "File " + fileName + " is " + (bytes > maxFileBytes ? "larger than" : "")
                        + " the limit of " + maxFileBytes / (1024 * 1024) + " MB (arflow.x12.max-file-size); it was not imported"));
    }

    @GetMapping("/files")
    @Operation(summary = "The files received, newest first, with status and report")
    List<ReceivedFile> list(@RequestParam(defaultValue = "100") int limit) {
        return files.recent(Math.clamp(limit, 1, 1000));
    }

    @GetMapping(value = "/files/{id}/content", produces = MediaType.TEXT_PLAIN_VALUE)
    @RolesAllowed({"SUPERVISOR", "ADMIN"})
    @Operation(summary = "The file exactly as received")
    ResponseEntity<byte[]> content(@PathVariable long id) {
        return files.content(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/exceptions")
    @Operation(summary = "Open unmatched and unbalanced remittances")
    List<RemittanceExceptions.Item> openExceptions() {
        return exceptions.open();
    }

    @PostMapping("/exceptions/{id}/resolve")
    @Operation(summary = "Post a held remittance to the claim a person chose")
    Map<String, Object> resolve(@PathVariable long id, @RequestBody Map<String, String> body, Principal user) {
        boolean posted = exceptions.resolve(id, body.get("claimId"), user.getName());
        return Map.of("id", id, "posted", posted);
    }
}
