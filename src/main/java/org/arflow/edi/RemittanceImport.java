package org.arflow.edi;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arflow.claims.RemittancePosting;
import org.arflow.edi.x12.BalanceProblem;
import org.arflow.edi.x12.ClaimPayment;
import org.arflow.edi.x12.Remittance;
import org.arflow.edi.x12.RemittanceBalance;
import org.arflow.edi.x12.RemittanceParser;
import org.springframework.stereotype.Component;

/**
 * 835 posting: one payment (payer + trace number) is posted once, whichever file carries it. A claim
 * that does not balance, or whose transaction does not, is held for a person; a claim arflow does
 * not know becomes an unmatched remittance. Everything else posts to its claim and wakes its process.
 */
@Component
class RemittanceImport {

    private final RemittanceParser parser = new RemittanceParser();
    private final RemittanceBalance balance = new RemittanceBalance();
    private final RemittancePayments payments;
    private final RemittanceExceptions exceptions;
    private final RemittancePosting posting;

    RemittanceImport(RemittancePayments payments, RemittanceExceptions exceptions, RemittancePosting posting) {
        this.payments = payments;
        this.exceptions = exceptions;
        this.posting = posting;
    }

    ImportReport importFile(long fileId, String fileName, byte[] content) {
        ReportDraft draft = new ReportDraft();
        for (Remittance remittance : parser.parse(new ByteArrayInputStream(content), fileName)) {
            importPayment(fileId, remittance, draft);
        }
        return draft.finish(fileId, fileName, "835", "Remittance file imported");
    }

    /**
     * Posts a payment's claims in one transaction; when the database broke a lock conflict by rolling it back
     * (nothing of it stays), it is posted again, a few times, before the import reports the file interrupted.
     */
    private Map<String, RemittancePosting.Outcome> postAll(List<RemittancePosting.Posting> postings) {
        for (int attempt = 1; ; attempt++) {
            try {
                return posting.postAll(postings);
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
        List<BalanceProblem> problems = balance.check(r);
        problems.forEach(p -> draft.warnings.add("Transaction " + r.transactionControlNumber() + ": " + p.description()));
        RemittancePayments.Payment payment = payments.record(fileId, payerKey, r, problems);
        if (payment.fileId() != fileId) {
            draft.duplicatePayments++;
            draft.warnings.add("Payment " + r.traceNumber() + " from " + payerKey + " was imported before in file #"
                    + payment.fileId() + "; nothing posted again");
            return;
        }
        draft.paymentTotal = draft.paymentTotal.add(r.paymentAmount());
        r.providerAdjustments().forEach(a -> {
            draft.providerAdjustments = draft.providerAdjustments.add(a.amount());
            draft.warnings.add("Provider-level adjustment (PLB) of " + a.amount() + " with reason " + a.reasonCode()
                    + (a.reference() == null ? "" : " (" + a.reference() + ")")
                    + " is not tied to a claim: it reduces the payment, not any claim balance");
        });
        boolean transactionUnbalanced = problems.stream().anyMatch(p -> p.level() == BalanceProblem.Level.TRANSACTION);
        LocalDate receivedOn = r.paymentDate() == null ? LocalDate.now() : r.paymentDate();
        List<RemittancePosting.Posting> postings = new ArrayList<>();
        Map<String, ClaimPayment> byReference = new HashMap<>();
        for (int i = 0; i < r.claims().size(); i++) {
            ClaimPayment clp = r.claims().get(i);
            String reference = payerKey + ":" + r.traceNumber() + ":" + (i + 1);
            var remittance = Remittances.toClaimRemittance(clp, reference, receivedOn);
            List<BalanceProblem> claimProblems = problems.stream()
                    .filter(p -> p.level() == BalanceProblem.Level.CLAIM && clp.claimId().equals(p.claimId())).toList();
            if (transactionUnbalanced || !claimProblems.isEmpty()) {
                String why = transactionUnbalanced ? "its transaction does not balance (BPR02 vs CLP04 and PLB)"
                        : claimProblems.getFirst().description();
                exceptions.hold("UNBALANCED", fileId, payment.id(), clp.claimId(), remittance, "Held: " + why);
                draft.heldUnbalanced++;
            } else {
                postings.add(new RemittancePosting.Posting(clp.claimId(), remittance));
                byReference.put(reference, clp);
            }
        }
        Map<String, RemittancePosting.Outcome> outcomes = postAll(postings);
        for (RemittancePosting.Posting item : postings) {
            ClaimPayment clp = byReference.get(item.remittance().reference());
            switch (outcomes.get(item.remittance().reference())) {
                case POSTED -> {
                    draft.remittancesPosted++;
                    draft.postedPaid = draft.postedPaid.add(clp.paid());
                }
                case ALREADY_POSTED -> draft.remittancesAlreadyPosted++;
                case UNKNOWN_CLAIM -> {
                    exceptions.hold("UNMATCHED", fileId, payment.id(), clp.claimId(), item.remittance(),
                            "No claim with claim id " + clp.claimId() + " (CLP01)");
                    draft.unmatched++;
                }
            }
        }
    }
}
