package org.arflow.patientbilling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.arflow.tasks.FormCheck;
import org.springframework.stereotype.Component;

/** The "Set up payment plan" form is refused unless the plan fits the office's limits and the balance. */
@Component
class PlanTermsCheck implements FormCheck {

    private final PaymentPlans plans;

    PlanTermsCheck(PaymentPlans plans) {
        this.plans = plans;
    }

    @Override
    public String formKey() {
        return "payment-plan";
    }

    @Override
    public Map<String, String> check(Map<String, Object> taskVariables, Map<String, Object> outcome) {
        Object account = taskVariables.get("accountId");
        if (account == null) {
            return Map.of();
        }
        return plans.check(Long.parseLong(account.toString()), terms(outcome));
    }

    static PlanTerms terms(Map<String, Object> values) {
        Object n = values.get("installments");
        Object amount = values.get("installmentAmount");
        Object first = values.get("firstDueDate");
        return new PlanTerms(n == null ? null : Integer.valueOf(n.toString()),
                amount == null ? null : new BigDecimal(amount.toString()),
                first == null ? null : LocalDate.parse(first.toString()));
    }
}
