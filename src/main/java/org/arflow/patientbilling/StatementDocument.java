package org.arflow.patientbilling;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.arflow.claims.Adjustment;
import org.arflow.claims.AdjustmentReasons;
import org.arflow.claims.Claim;
import org.arflow.claims.ClaimRemittance;
import org.arflow.claims.ClaimService;
import org.arflow.claims.RemittanceHistory;
import org.arflow.patients.Patient;
import org.springframework.stereotype.Component;

/** What a statement says, in the patient's words: each visit, what insurance did, what is left to pay. */
@Component
class StatementDocument {

    private static final NumberFormat MONEY = NumberFormat.getCurrencyInstance(Locale.US);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    private final ClaimService claims;
    private final RemittanceHistory remittances;
    private final PatientBillingSettings settings;

    StatementDocument(ClaimService claims, RemittanceHistory remittances, PatientBillingSettings settings) {
        this.claims = claims;
        this.remittances = remittances;
        this.settings = settings;
    }

    byte[] render(Patient patient, int number, boolean finalNotice, LocalDate date, LocalDate due,
                  List<PatientBalance> open, BigDecimal credit, BigDecimal amountDue) {
        PdfWriter pdf = new PdfWriter().title(settings.practiceName()).text(settings.practiceAddress()).gap()
                .bold(finalNotice ? "FINAL NOTICE" : "Patient statement " + number)
                .text("Statement date: " + DATE.format(date) + "    Account number: " + patient.id())
                .text(patient.fullName()).gap();
        for (PatientBalance b : open) {
            Claim claim = claims.get(b.claimId());
            pdf.bold("Visit on " + DATE.format(b.dateOfService()) + " - claim " + b.claimId() + " - "
                    + claim.payerName());
            pdf.text("Billed: " + money(claim.billedAmount()) + "    Insurance paid: " + money(claim.paidAmount()));
            for (String adjustment : adjustmentsInWords(b.claimId())) {
                pdf.text("  " + adjustment);
            }
            pdf.text("Your share: " + money(b.amount()) + "    Paid: " + money(b.paid()) + "    Amount due: "
                    + money(b.due())).gap();
        }
        if (credit.signum() > 0) {
            pdf.text("Credit on your account: " + money(credit));
        }
        pdf.bold("Amount due: " + money(amountDue)).bold("Please pay by: " + DATE.format(due));
        if (finalNotice) {
            pdf.text("This is your final notice. If we do not hear from you, the account may be sent to collections."
                    + " Call us to set up a payment plan.");
        }
        return pdf.gap().bold("How to pay").text(settings.howToPay()).toPdf();
    }

    /** Every adjustment the payers made, e.g. "Contractual obligation (not billable to the patient): ... $30.00". */
    private List<String> adjustmentsInWords(String claimId) {
        return remittances.of(claimId).stream().map(ClaimRemittance::allAdjustments).flatMap(List::stream)
                .collect(Collectors.groupingBy(a -> a.group() + "|" + a.reason(), java.util.LinkedHashMap::new,
                        Collectors.reducing(BigDecimal.ZERO, Adjustment::amount, BigDecimal::add)))
                .entrySet().stream().map(e -> {
                    String[] key = e.getKey().split("\\|");
                    return AdjustmentReasons.describeGroup(key[0]) + ": " + AdjustmentReasons.describe(key[1]) + " "
                            + money(e.getValue());
                }).toList();
    }

    static String money(BigDecimal amount) {
        return MONEY.format(amount);
    }
}
