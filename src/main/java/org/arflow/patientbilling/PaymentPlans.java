package org.arflow.patientbilling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment plans: the terms checked against the office's limits, the schedule stored, and each
 * installment matched at its due date against what the patient paid since the plan began.
 */
@Service
public class PaymentPlans {

    private final JdbcClient jdbc;
    private final PatientAccounts accounts;
    private final PatientPayments payments;
    private final PatientBillingSettings settings;

    PaymentPlans(JdbcClient jdbc, PatientAccounts accounts, PatientPayments payments, PatientBillingSettings settings) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.payments = payments;
        this.settings = settings;
    }

    /** Field name to what is wrong, in plain words; empty when the terms are acceptable. */
    public Map<String, String> check(long patientId, PlanTerms terms) {
        return PlanRules.check(terms, accounts.balanceDue(patientId), settings, LocalDate.now(java.time.ZoneOffset.UTC));
    }

    /** Stores the plan for this process step (once) and returns its id; an earlier active plan ends. */
    @Transactional
    public long start(long patientId, PlanTerms terms, String stepKey) {
        Long earlier = jdbc.sql("select id from payment_plan where step_key = :k").param("k", stepKey)
                .query(Long.class).optional().orElse(null);
        if (earlier != null) {
            return earlier;
        }
        jdbc.sql("update payment_plan set state = 'REPLACED' where patient_id = :p and state = 'ACTIVE'")
                .param("p", patientId).update();
        long id = jdbc.sql("""
                        insert into payment_plan (patient_id, installments, installment_amount, first_due, paid_before, step_key)
                        values (:p, :n, :amount, :first, :paid, :k) returning id""")
                .param("p", patientId).param("n", terms.installments()).param("amount", terms.installmentAmount())
                .param("first", terms.firstDueDate()).param("paid", payments.paidInTotal(patientId))
                .param("k", stepKey).query(Long.class).single();
        for (PlanInstallment i : PlanRules.schedule(terms, accounts.balanceDue(patientId))) {
            jdbc.sql("insert into plan_installment (plan_id, number, due_date, amount) values (:id, :n, :d, :a)")
                    .param("id", id).param("n", i.number()).param("d", i.dueDate()).param("a", i.amount()).update();
        }
        return id;
    }

    /** The outcome of matching an installment at its due date. */
    public record Check(boolean paid, int misses) {
    }

    /**
     * Paid when everything paid since the plan began covers this and the earlier installments (or
     * nothing is due any more); earlier missed installments that are now covered count as paid late.
     */
    @Transactional
    public Check checkInstallment(long planId, int number) {
        var plan = jdbc.sql("select patient_id, paid_before from payment_plan where id = :id").param("id", planId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getBigDecimal(2))).single();
        BigDecimal paidSince = payments.paidInTotal(plan.getKey()).subtract(plan.getValue());
        BigDecimal dueSoFar = jdbc.sql("select coalesce(sum(amount), 0) from plan_installment where plan_id = :id and number <= :n")
                .param("id", planId).param("n", number).query(BigDecimal.class).single();
        boolean paid = paidSince.compareTo(dueSoFar) >= 0 || accounts.balanceDue(plan.getKey()).signum() <= 0;
        jdbc.sql("update plan_installment set state = :s where plan_id = :id and number = :n and state = 'DUE'")
                .param("s", paid ? "PAID" : "MISSED").param("id", planId).param("n", number).update();
        if (paid) {
            jdbc.sql("update plan_installment set state = 'PAID_LATE' where plan_id = :id and number < :n and state = 'MISSED'")
                    .param("id", planId).param("n", number).update();
        }
        int misses = jdbc.sql("select count(*) from plan_installment where plan_id = :id and state in ('MISSED', 'PAID_LATE')")
                .param("id", planId).query(Integer.class).single();
        return new Check(paid, misses);
    }

    /** PAID when nothing is due any more, else BALANCE_LEFT (new charges held outside the plan). */
    @Transactional
    public String finish(long planId) {
        long patientId = jdbc.sql("select patient_id from payment_plan where id = :id").param("id", planId)
                .query(Long.class).single();
        boolean paid = accounts.balanceDue(patientId).signum() <= 0;
        jdbc.sql("update payment_plan set state = :s where id = :id and state = 'ACTIVE'")
                .param("s", paid ? "PAID" : "ENDED").param("id", planId).update();
        return paid ? "PAID" : "BALANCE_LEFT";
    }

    /**
     * Adds new charges to the patient's active plan: what the plan must still collect (everything owed now,
     * less what payments since the start already cover beyond the settled installments) is spread over the
     * installments not due yet. Returns the new amounts; empty when no installment is left to carry them
     * (the charges are then held and billed after the plan). Running it twice gives the same schedule.
     */
    @Transactional
    public List<BigDecimal> addNewCharges(long patientId) {
        var plan = jdbc.sql("select id, paid_before from payment_plan where patient_id = :p and state = 'ACTIVE' order by id desc limit 1")
                .param("p", patientId).query((rs, n) -> Map.entry(rs.getLong(1), rs.getBigDecimal(2))).optional();
        if (plan.isEmpty()) {
            return List.of();
        }
        long planId = plan.get().getKey();
        List<Integer> open = jdbc.sql("select number from plan_installment where plan_id = :id and state = 'DUE' order by number")
                .param("id", planId).query(Integer.class).list();
        if (open.isEmpty()) {
            return List.of();
        }
        BigDecimal paidSince = payments.paidInTotal(patientId).subtract(plan.get().getValue());
        BigDecimal settled = jdbc.sql("select coalesce(sum(amount), 0) from plan_installment where plan_id = :id and state <> 'DUE'")
                .param("id", planId).query(BigDecimal.class).single();
        BigDecimal toSpread = paidSince.add(accounts.balanceDue(patientId)).subtract(settled);
        List<BigDecimal> amounts = PlanRules.respread(toSpread, open.size());
        for (int i = 0; i < open.size(); i++) {
            jdbc.sql("update plan_installment set amount = :a where plan_id = :id and number = :n")
                    .param("a", amounts.get(i)).param("id", planId).param("n", open.get(i)).update();
        }
        return amounts;
    }

    @Transactional
    public void markBroken(long planId) {
        jdbc.sql("update payment_plan set state = 'BROKEN' where id = :id and state = 'ACTIVE'").param("id", planId).update();
    }

    /** The latest plan's installments, first due first. */
    public List<PlanInstallment> schedule(long patientId) {
        return jdbc.sql("""
                        select plan_id, number, due_date, amount, state from plan_installment
                        where plan_id = (select max(id) from payment_plan where patient_id = :p) order by number""")
                .param("p", patientId).query(PlanInstallment.class).list();
    }

    /** The account's running plan, as a resumed payment-plan instance needs it: the due dates not checked yet. */
    public record RunningPlan(long planId, List<java.time.LocalDate> dueDatesAhead, int installmentsBefore) {
    }

    public java.util.Optional<RunningPlan> running(long patientId) {
        return jdbc.sql("select id from payment_plan where patient_id = :p and state = 'ACTIVE' order by id desc limit 1")
                .param("p", patientId).query(Long.class).optional().map(planId -> {
                    List<PlanInstallment> ahead = jdbc.sql("""
                                    select plan_id, number, due_date, amount, state from plan_installment
                                    where plan_id = :id and state = 'DUE' order by number""")
                            .param("id", planId).query(PlanInstallment.class).list();
                    int before = ahead.isEmpty() ? 0 : ahead.getFirst().number() - 1;
                    return new RunningPlan(planId, ahead.stream().map(PlanInstallment::dueDate).toList(), before);
                });
    }

    public String latestPlanState(long patientId) {
        return jdbc.sql("select state from payment_plan where patient_id = :p order by id desc limit 1")
                .param("p", patientId).query(String.class).optional().orElse(null);
    }
}
