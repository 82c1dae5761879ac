package org.arflow.tasks;

import static org.arflow.tasks.FormField.amount;
import static org.arflow.tasks.FormField.choice;
import static org.arflow.tasks.FormField.count;
import static org.arflow.tasks.FormField.date;
import static org.arflow.tasks.FormField.days;
import static org.arflow.tasks.FormField.notes;
import static org.arflow.tasks.FormField.text;
import static org.arflow.tasks.FormField.yesNo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.arflow.tasks.FormField.Choice;

/**
 * The forms of the user tasks in bpmn/, by their "form" header. Each produces exactly the variables
 * the task's output mappings and the gateways after it read (see each task's documentation in the
 * BPMN); a form key not listed here cannot be completed from arflow, rather than guessed at.
 */
public final class TaskForms {

    private static final Map<String, TaskForm> FORMS = Stream.of(
            form("payer-follow-up", "Payer follow-up", "Call the payer or check its portal, then record what you learned.",
                    choice("followUpOutcome", "What the payer said", null,
                            new Choice("PENDING", "Claim is in process: wait"),
                            new Choice("DOCUMENTATION_REQUESTED", "Payer asks for documentation"),
                            new Choice("NOT_ON_FILE", "Payer has no record of the claim: correct and resubmit")),
                    text("callReference", "Call reference", false, "The reference number the payer gave you"),
                    days("nextFollowUpDays", "Follow up again in (days)",
                            "Leave empty and the wait grows with each unanswered round"),
                    notes("notes", "Notes", false)),
            form("documentation", "Documentation", "Gather what the payer asked for and send it before its deadline.",
                    text("documentsSent", "Documents sent", true, "For example: medical records, itemized bill"),
                    notes("notes", "Notes", false)),
            form("prepare-appeal", "Appeal", "Write the appeal letter and gather its evidence.",
                    notes("appealSummary", "Appeal summary", true), notes("notes", "Notes", false)),
            form("approve-appeal", "Appeal approval", "Approve filing the appeal, or stop it.",
                    yesNo("appealApproved", "File the appeal?"), notes("notes", "Notes", false)),
            form("appeal-follow-up", "Appeal follow-up", "Ask the payer about the appeal.",
                    choice("appealDecision", "What the payer decided", null, new Choice("WON", "Appeal won"),
                            new Choice("LOST", "Appeal lost"), new Choice("PENDING", "No decision yet")),
                    notes("notes", "Notes", false)),
            form("correct-and-resubmit", "Correction", "Correct the claim and resubmit it, or send it to write-off review.",
                    choice("correctionOutcome", "Outcome", null, new Choice("RESUBMITTED", "Corrected and resubmitted"),
                            new Choice("WRITE_OFF_REVIEW", "Cannot be corrected: write-off review")),
                    notes("notes", "Notes", false)),
            form("verify-coverage", "Coverage", "Check eligibility, coordination of benefits or the right payer.",
                    choice("coverageOutcome", "Outcome", null, new Choice("OTHER_PAYER_BILLED", "Billed to another payer"),
                            new Choice("PATIENT", "Patient is responsible"),
                            new Choice("WRITE_OFF_REVIEW", "Write-off review")),
                    notes("notes", "Notes", false)),
            form("underpayment", "Underpayment", "The payer paid less than the contracted amount.",
                    choice("underpaymentOutcome", "Outcome", null, new Choice("DISPUTED", "Dispute with the payer"),
                            new Choice("ACCEPTED", "Accept the payment")),
                    notes("notes", "Notes", false)),
            form("write-off", "Write-off decision", "Approve the write-off with a reason, or send the claim back.",
                    choice("writeOffDecision", "Decision", null, new Choice("APPROVED", "Approve the write-off"),
                            new Choice("SENT_BACK", "Send back with instructions")),
                    text("writeOffReason", "Write-off reason", false, null).requiredWhen("writeOffDecision", "APPROVED"),
                    notes("instructions", "Instructions", false).requiredWhen("writeOffDecision", "SENT_BACK")),
            form("silent-payer", "Silent payer", "The payer answered none of the status inquiries.",
                    choice("escalationOutcome", "Decision", null,
                            new Choice("KEEP_FOLLOWING_UP", "Keep following up"),
                            new Choice("WRITE_OFF_REVIEW", "Write-off review")),
                    days("nextFollowUpDays", "Follow up again in (days)", null), notes("notes", "Notes", false)),
            form("call-patient", "Call patient", "The final notice went unanswered: call the patient about the balance.",
                    choice("callOutcome", "What the patient said", null,
                            new Choice("PROMISED_TO_PAY", "Will pay: wait for the payment"),
                            new Choice("PAYMENT_PLAN", "Wants a payment plan"),
                            new Choice("NO_AGREEMENT", "No answer or no agreement: collections review")),
                    notes("notes", "Notes", false)),
            form("payment-plan", "Payment plan", "Agree monthly installments with the patient.",
                    count("installments", "Number of installments", "One a month"),
                    amount("installmentAmount", "Installment amount", "The last installment may be smaller"),
                    date("firstDueDate", "First due date", null), notes("notes", "Notes", false)),
            form("renegotiate-plan", "Renegotiate payment plan", "The patient missed two installments.",
                    choice("planOutcome", "Outcome", null, new Choice("NEW_PLAN", "Agree a new plan"),
                            new Choice("COLLECTIONS", "Collections review")),
                    notes("notes", "Notes", false)),
            form("collections-review", "Collections review", "The patient has not paid after the final notice.",
                    choice("collectionsDecision", "Decision", null,
                            new Choice("SEND_TO_COLLECTIONS", "Send to the collection agency"),
                            new Choice("WRITE_OFF", "Write off as a small or hardship balance"),
                            new Choice("KEEP_BILLING", "Keep billing the patient")),
                    notes("notes", "Notes", false)),
            form("work-denial", "Denied claim", "Work the denied amounts listed with the claim, then say what resolves them.",
                    choice("denialOutcome", "Outcome", null,
                            new Choice("RESUBMITTED", "Corrected and resubmitted"),
                            new Choice("APPEAL", "Appeal the denial"),
                            new Choice("OTHER_PAYER_BILLED", "Billed to another payer"),
                            new Choice("PATIENT", "The patient owes it (waiver on file)"),
                            new Choice("RESOLVED", "Resolved: nothing more is owed (say why)"),
                            new Choice("WRITE_OFF_REVIEW", "Cannot be recovered: write-off review")),
                    notes("notes", "Notes", false).requiredWhen("denialOutcome", "RESOLVED")),
            form("credit-balance", "Credit balance", "The claim holds more than it is owed: refund it or leave it for the payer to recoup.",
                    choice("creditOutcome", "Decision", null, new Choice("REFUND", "Refund (a supervisor approves)"),
                            new Choice("AWAIT_RECOUPMENT", "Leave it: the payer will recoup it")),
                    amount("refundAmount", "Refund amount", "At most the credit balance").requiredWhen("creditOutcome", "REFUND"),
                    choice("refundTo", "Refund to", null, new Choice("PAYER", "The payer"), new Choice("PATIENT", "The patient"))
                            .requiredWhen("creditOutcome", "REFUND"),
                    notes("notes", "Notes", false)),
            form("approve-refund", "Refund approval", "Approve the refund the team asked for, or send it back.",
                    yesNo("refundApproved", "Approve the refund?"), notes("notes", "Notes", false)),
            form("rework", "Rework", "Do what the supervisor asked, then say what you did.",
                    notes("notes", "What you did", true)),
            new TaskForm("timely-filing-risk", "Timely-filing risk",
                    "The claim is close to its timely-filing deadline and the payer does not have it.",
                    List.of(notes("notes", "Notes", false)), Map.of("notes", "riskNotes")))
            .collect(Collectors.toUnmodifiableMap(TaskForm::key, Function.identity()));

    private TaskForms() {
    }

    private static TaskForm form(String key, String title, String instructions, FormField... fields) {
        return new TaskForm(key, title, instructions, List.of(fields), Map.of());
    }

    public static Optional<TaskForm> forKey(String key) {
        return Optional.ofNullable(key == null ? null : FORMS.get(key));
    }

    /**
     * The process variables for what was entered: every field of the form (empty ones as null, so a
     * value from an earlier round is not read again), typed as the gateways compare them.
     */
    public static Map<String, Object> outcome(TaskForm form, Map<String, ?> entered) {
        return FormValidation.validate(form, entered);
    }
}
