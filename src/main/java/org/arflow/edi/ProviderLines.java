package org.arflow.edi;

import java.util.Optional;
import org.arflow.edi.x12.ProviderAdjustment;
import org.arflow.edi.x12.Remittance;

/** Books a transaction set's PLB lines to the provider ledger and says in the report what each did. */
record ProviderLines(ProviderLedger ledger, ProviderLedger.Account account) {

    void book(Remittance r, ReportDraft draft) {
        int n = 0;
        for (ProviderAdjustment a : r.providerAdjustments()) {
            n++;
            Optional<String> claim = ledger.bookProviderAdjustment(account, n, a);
            draft.providerAdjustments = draft.providerAdjustments.add(a.amount());
            draft.warnings.add(describe(a, claim));
        }
    }

    private String describe(ProviderAdjustment a, Optional<String> claim) {
        String kind = ProviderLedger.kind(a.reasonCode());
        String effect = a.amount().signum() > 0 ? "reduces the payment by " + a.amount().toPlainString()
                : a.amount().signum() < 0 ? "increases the payment by " + a.amount().negate().toPlainString()
                : "does not change the payment";
        return "Provider-level adjustment (PLB) " + a.reasonCode() + " " + a.amount().toPlainString() + " ("
                + words(kind) + (a.reference() == null ? "" : ", reference " + a.reference()) + ") " + effect
                + "; booked to the provider ledger of " + account.payerKey() + " / " + account.payeeKey()
                + claim.map(c -> ", linked to claim " + c).orElse(
                        "RECOUPMENT".equals(kind) ? ", no claim matches its reference: a person links it" : "")
                + "; no claim balance changes";
    }

    private static String words(String kind) {
        return switch (kind) {
            case "RECOUPMENT" -> "recoupment of an overpayment";
            case "INTEREST" -> "interest";
            case "CAPITATION" -> "capitation";
            case "CARRIED_FORWARD" -> "balance carried forward";
            case "ADJUSTMENT" -> "provider-level adjustment";
            default -> "other provider-level adjustment";
        };
    }
}
