package org.arflow.edi;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arflow.claims.ClaimRemittance;
import org.arflow.claims.MoneyRules;
import org.arflow.claims.RemittancePosting;
import org.arflow.edi.x12.BalanceProblem;
import org.arflow.edi.x12.ClaimPayment;
import org.arflow.edi.x12.Remittance;
import org.arflow.edi.x12.RemittanceBalance;
import org.arflow.edi.x12.RemittanceParser;
import org.arflow.edi.x12.X12FormatException;
import org.arflow.input.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * 835 posting: one payment (payer + trace number + amount + payee) is posted once, whichever file
 * carries it; the same trace with another amount is a conflict for a person. A file whose envelope
 * does not add up waits for a person unless a supervisor imports it anyway. A claim that does not
 * balance, whose transaction does not, or whose money makes no sense is held for a person; a claim
 * arflow does not know becomes an unmatched remittance. Everything else posts to its claim and wakes
 * its process; provider-level adjustments and interest go to the provider ledger.
 */
@Component
class RemittanceImport {

    private final RemittanceParser parser = new RemittanceParser();
    private final RemittanceBalance balance = new RemittanceBalance();
    private final RemittancePayments payments;
    private final RemittanceExceptions exceptions;
    private final RemittancePosting posting;
    private final ProviderLedger ledger;

    RemittanceImport(RemittancePayments payments, RemittanceExceptions exceptions, RemittancePosting posting,
                     ProviderLedger ledger) {
        this.payments = payments;
        this.exceptions = exceptions;
        this.posting = posting;
        this.ledger = ledger;
    }

    /** {@code anywayBy} names the supervisor who chose to import a held file; null for a normal import. */
    ImportReport importFile(long fileId, String fileName, byte[] content, String anywayBy) {
        List<X12FormatException> envelope = new ArrayList<>();
        List<Remittance> remittances = parser.parse(new ByteArrayInputStream(content), fileName, envelope);
        List<String> envelopeWarnings = envelope.stream().map(X12FormatException::getMessage).toList();
        if (!envelope.isEmpty() && anywayBy == null) {
            return ReportDraft.held(fileId, fileName, "835", "Held for a person: " + envelope.getFirst().getMessage()
                    + ". Nothing was posted; a supervisor can import it anyway (balancing still applies).",
                    envelopeWarnings, ReportDraft.error(envelope.getFirst()));
        }
        ReportDraft draft = new ReportDraft();
        envelopeWarnings.forEach(w -> draft.warnings.add("Imported anyway by " + anywayBy + ": " + w));
        for (Remittance remittance : remittances) {
            importPayment(fileId, remittance, draft);
        }
        return draft.finish(fileId, fileName, "835", "Remittance file imported");
    }

    /**
     * Posts a payment's claims in one transaction; when the database broke a lock conflict by rolling it back
     * (nothing of it stays), it is posted again, a few times, before the import reports the file interrupted.
     */
    private Map<String, RemittancePosting.Result> postAll(List<RemittancePosting.Posting> postings) {
        for (int attempt = 1; ; attempt++) {
            try {
                return posting.postAllMatched(postings);
            } catch (org.springframework.dao.PessimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
                try {
                    Thread.sleep(100L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void importPayment(long fileId, Remittance r, ReportDraft draft) {
        String payerKey = Remittances.payerKey(r);
        String payeeKey = Remittances.payeeKey(r);
        List<BalanceProblem> problems = balance.check(r);
        problems.forEach(p -> draft.warnings.add("Transaction " + r.transactionControlNumber() + ": " + p.description()));
        RemittancePayments.Recorded recorded = payments.record(fileId, payerKey, payeeKey, r, problems);
        long paymentId = recorded.payment().id();
        if (recorded.seen() == RemittancePayments.Seen.DUPLICATE) {
            draft.duplicatePayments++;
            draft.warnings.add("Payment " + r.traceNumber() + " of " + r.paymentAmount().toPlainString() + " from "
                    + payerKey + " was imported before in file #" + recorded.earlier().fileId()
                    + "; nothing posted again");
            return;
        }
        draft.paymentTotal = draft.paymentTotal.add(r.paymentAmount());
        LocalDate receivedOn = r.paymentDate() == null ? LocalDate.now() : r.paymentDate();
        if (recorded.seen() == RemittancePayments.Seen.CONFLICT) {
            holdConflict(fileId, paymentId, r, payerKey, recorded.earlier(), receivedOn, draft);
            return;
        }
        new ProviderLines(ledger, new ProviderLedger.Account(fileId, paymentId, payerKey, payeeKey)).book(r, draft);
        boolean transactionUnbalanced = problems.stream().anyMatch(p -> p.level() == BalanceProblem.Level.TRANSACTION);
        List<RemittancePosting.Posting> postings = new ArrayList<>();
        Map<String, ClaimPayment> byReference = new HashMap<>();
        for (int i = 0; i < r.claims().size(); i++) {
            ClaimPayment clp = r.claims().get(i);
            String reference = Remittances.reference(payerKey, r, i + 1);
            var remittance = Remittances.toClaimRemittance(clp, reference, receivedOn);
            List<BalanceProblem> claimProblems = problems.stream()
                    .filter(p -> p.level() == BalanceProblem.Level.CLAIM && clp.claimId().equals(p.claimId())).toList();
            String implausible = ImplausibleMoney.problem(r, clp, i + 1);
            if (implausible == null) {
                implausible = refusedByMoneyRules(r, clp, i + 1, remittance);
            }
            if (implausible != null) {
                exceptions.hold("IMPLAUSIBLE", fileId, paymentId, clp.claimId(), remittance, "Held: " + implausible);
                draft.heldImplausible++;
                draft.warnings.add(implausible + "; held for a person, not posted");
            } else if (transactionUnbalanced || !claimProblems.isEmpty()) {
                String why = transactionUnbalanced ? "its transaction does not balance (BPR02 vs CLP04 and PLB)"
                        : claimProblems.getFirst().description();
                exceptions.hold("UNBALANCED", fileId, paymentId, clp.claimId(), remittance, "Held: " + why);
                draft.heldUnbalanced++;
            } else {
                postings.add(new RemittancePosting.Posting(clp.claimId(), remittance, Remittances.identity(r, clp)));
                byReference.put(reference, clp);
            }
        }
        Map<String, RemittancePosting.Result> outcomes = postAll(postings);
        ProviderLedger.Account account = new ProviderLedger.Account(fileId, paymentId, payerKey, payeeKey);
        for (int i = 0; i < r.claims().size(); i++) {
            ClaimPayment clp = r.claims().get(i);
            if (clp.interest() != null && clp.interest().signum() != 0) {
                RemittancePosting.Result result = outcomes.get(Remittances.reference(payerKey, r, i + 1));
                boolean known = result != null && (result.outcome() == RemittancePosting.Outcome.POSTED
                        || result.outcome() == RemittancePosting.Outcome.ALREADY_POSTED);
                ledger.bookInterest(account, i + 1, clp.claimId(), clp.interest(), known);
                draft.interest = draft.interest.add(clp.interest());
            }
        }
        for (RemittancePosting.Posting item : postings) {
            ClaimPayment clp = byReference.get(item.remittance().reference());
            RemittancePosting.Result result = outcomes.get(item.remittance().reference());
            switch (result.outcome()) {
                case POSTED -> {
                    draft.remittancesPosted++;
                    draft.postedPaid = draft.postedPaid.add(item.remittance().paid());
                }
                case ALREADY_POSTED -> draft.remittancesAlreadyPosted++;
                case UNKNOWN_CLAIM -> {
                    exceptions.hold("UNMATCHED", fileId, paymentId, clp.claimId(), item.remittance(), result.problem());
                    draft.unmatched++;
                }
                case AMBIGUOUS -> {
                    // several claims fit, or CLP01's claim does not: a person chooses among the listed candidates
                    exceptions.hold("UNMATCHED", fileId, paymentId, clp.claimId(), item.remittance(), result.problem());
                    draft.unmatched++;
                }
            }
        }
    }

    /**
     * The money rules every way in shares (claims.MoneyRules): here a refusal holds this one claim for a person
     * instead of failing a file whose other claims may have posted already.
     */
    private static String refusedByMoneyRules(Remittance r, ClaimPayment clp, int position, ClaimRemittance remittance) {
        try {
            MoneyRules.remittance(remittance);
            return null;
        } catch (InvalidInputException e) {
            return "Transaction " + r.transactionControlNumber() + ", claim " + position + " (CLP " + clp.claimId() + "): "
                    + e.getMessage();
        }
    }

    private void holdConflict(long fileId, long paymentId, Remittance r, String payerKey,
                              RemittancePayments.Payment earlier, LocalDate receivedOn, ReportDraft draft) {
        String why = "payment " + r.traceNumber() + " from " + payerKey + " says " + r.paymentAmount().toPlainString()
                + ", but the same payer, trace number and payee came as " + earlier.paymentAmount().toPlainString()
                + " in file #" + earlier.fileId() + " (a corrected re-issue, or a mistake)";
        draft.conflictingPayments++;
        draft.warnings.add("Conflict: " + why + "; every claim of it is held for a person, nothing posted");
        for (int i = 0; i < r.claims().size(); i++) {
            ClaimPayment clp = r.claims().get(i);
            exceptions.hold("CONFLICT", fileId, paymentId, clp.claimId(),
                    Remittances.toClaimRemittance(clp, Remittances.reference(payerKey, r, i + 1), receivedOn),
                    "Held: " + why);
        }
    }
}
