package org.arflow.patientbilling;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.arflow.security.AuditLog;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of patient billing: accounts, patient payments, statements (HTTP Basic, billers and supervisors). */
@RestController
@RolesAllowed({"BILLER", "SUPERVISOR"})
@Tag(name = "Patient billing", description = "Patient balances, payments and statements")
class PatientBillingApi {

    private final PatientAccountQuery accounts;
    private final PatientPayments payments;
    private final Statements statements;
    private final AuditLog audit;

    PatientBillingApi(PatientAccountQuery accounts, PatientPayments payments, Statements statements, AuditLog audit) {
        this.accounts = accounts;
        this.payments = payments;
        this.statements = statements;
        this.audit = audit;
    }

    @GetMapping("/api/patients/{id}/account")
    @Operation(summary = "A patient's balances by claim, statements, plan schedule and payments")
    PatientAccount account(@PathVariable long id, Authentication user) {
        PatientAccount account = accounts.get(id);
        audit.record(user.getName(), "VIEW_PATIENT_ACCOUNT", null, null, "patient account " + id);
        return account;
    }

    @PostMapping("/api/patients/{id}/payments")
    @Operation(summary = "Record a patient payment: 201 when recorded, 200 when the reference was recorded before")
    ResponseEntity<PaymentResult> pay(@PathVariable long id, @Valid @RequestBody PatientPayment payment,
                                      Authentication user) {
        PaymentResult result = payments.record(id, payment, user.getName());
        if (result.recorded()) {
            audit.record(user.getName(), "PATIENT_PAYMENT", null, null, "patient account " + id + ", payment "
                    + result.paymentId());
        }
        return ResponseEntity.status(result.recorded() ? HttpStatus.CREATED : HttpStatus.OK).body(result);
    }

    @GetMapping("/api/statements/{id}")
    @Operation(summary = "One statement as PDF")
    ResponseEntity<byte[]> statement(@PathVariable long id, Authentication user) {
        Statement s = statements.get(id);
        audit.record(user.getName(), "DOWNLOAD_STATEMENT", null, null, "patient account " + s.patientId());
        return pdf(statements.pdf(id), "statement-" + id + ".pdf");
    }

    @GetMapping("/api/statements/daily")
    @Operation(summary = "The statements written on a day, as one PDF for printing and mailing (404 when none)")
    ResponseEntity<byte[]> daily(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                 Authentication user) {
        audit.record(user.getName(), "DOWNLOAD_STATEMENTS", null, null, "statements of " + date);
        return statements.daily(date).map(b -> pdf(b, "statements-" + date + ".pdf"))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(bytes);
    }
}
