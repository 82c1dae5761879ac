package org.arflow.patientbilling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The office's limits on payment plans, with plain-words errors per field. */
final class PlanRules {

    private PlanRules() {
    }

    static Map<String, String> check(PlanTerms t, BigDecimal balance, PatientBillingSettings settings, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (t.installments() == null || t.installments() < 1) {
            errors.put("installments", "Number of installments must be a whole number above zero.");
        } else if (t.installments() > settings.maximumTermMonths()) {
            errors.put("installments", "Number of installments: a plan may run at most " + settings.maximumTermMonths()
                    + " months (one installment a month).");
        }
        if (t.installmentAmount() == null || t.installmentAmount().signum() <= 0) {
            errors.put("installmentAmount", "Installment amount must be more than zero.");
        } else if (t.installmentAmount().compareTo(settings.minimumInstallment()) < 0
                && t.installmentAmount().compareTo(balance) < 0) {
            errors.put("installmentAmount", "Installment amount must be at least "
                    + StatementDocument.money(settings.minimumInstallment()) + ".");
        }
        if (t.firstDueDate() == null) {
            errors.put("firstDueDate", "First due date is required.");
        } else if (t.firstDueDate().isBefore(today)) {
            errors.put("firstDueDate", "First due date cannot be in the past.");
        }
        if (errors.isEmpty()) {
            BigDecimal total = t.installmentAmount().multiply(BigDecimal.valueOf(t.installments()));
            if (total.compareTo(balance) < 0) {
                errors.put("installmentAmount", "Installment amount: " + t.installments() + " installments of "
                        + StatementDocument.money(t.installmentAmount()) + " make " + StatementDocument.money(total)
                        + ", less than the balance of " + StatementDocument.money(balance) + ".");
            } else if (total.subtract(t.installmentAmount()).compareTo(balance) >= 0) {
                errors.put("installments", "Number of installments: fewer installments pay the balance of "
                        + StatementDocument.money(balance) + "; the last one would be empty.");
            }
        }
        return errors;
    }

    /** Monthly due dates; the last installment is what is left of the balance. */
    static List<PlanInstallment> schedule(PlanTerms t, BigDecimal balance) {
        List<PlanInstallment> list = new ArrayList<>();
        BigDecimal left = balance;
        for (int n = 1; n <= t.installments(); n++) {
            BigDecimal amount = n == t.installments() ? left : t.installmentAmount().min(left);
            list.add(new PlanInstallment(0, n, t.firstDueDate().plusMonths(n - 1), amount, "DUE"));
            left = left.subtract(amount);
        }
        return list;
    }

    /**
     * New charges joined the plan: {@code total} is spread evenly over the {@code remaining} installments not
     * due yet, the last taking the cents left. The term does not grow (the longest term still holds) and the
     * installments only grow (the minimum still holds).
     */
    static List<BigDecimal> respread(BigDecimal total, int remaining) {
        BigDecimal each = total.divide(BigDecimal.valueOf(remaining), 2, java.math.RoundingMode.DOWN);
        List<BigDecimal> amounts = new ArrayList<>();
        for (int n = 1; n <= remaining; n++) {
            amounts.add(n == remaining ? total.subtract(each.multiply(BigDecimal.valueOf(remaining - 1L))) : each);
        }
        return amounts;
    }
}
