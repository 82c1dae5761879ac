package org.arflow.patientbilling.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import org.arflow.patientbilling.PatientBillingIntegrationTest;
import org.arflow.claims.ClaimService;
import org.arflow.claims.LifecycleDriver;
import org.arflow.patientbilling.PatientAccounts;
import org.arflow.patientbilling.Statements;
import org.arflow.ui.BrowserlessUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.awaitility.Awaitility.await;

/** The patient account view on the server side (Karibu-Testing), on the real app, engine and database. */
@PatientBillingIntegrationTest
class PatientAccountViewTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    LifecycleDriver office;
    @Autowired
    ClaimService claims;
    @Autowired
    PatientAccounts accounts;
    @Autowired
    Statements statements;

    @AfterEach
    void logOut() {
        BrowserlessUi.logOut();
    }

    @Test
    void a_biller_sees_the_balances_and_statements_and_records_a_payment() {
        office.submit("UI-PB-1", "Medicare", 20, "200.00", null);
        office.remit("UI-PB-1", "UI-PB-1-ERA", "1", "200.00", "120.00", "50.00",
                LifecycleDriver.adj("CO", "45", "30.00"), LifecycleDriver.adj("PR", "2", "50.00"));
        long account = claims.get("UI-PB-1").patientId();
        await().until(() -> statements.of(account).size(), n -> n >= 1);

        BrowserlessUi.logIn(spring, "biller");
        UI.getCurrent().navigate(PatientAccountView.class);
        PatientAccountView view = _get(PatientAccountView.class);
        _setValue(view.picker, accounts.accounts().stream().filter(a -> a.patientId() == account).findFirst().orElseThrow());
        PaymentForm form = _get(PaymentForm.class);
        _setValue(form.amount, new BigDecimal("20.00"));
        _setValue(form.reference, "UI-RECEIPT-1");
        _click(form.record);

        assertThat(accounts.balanceDue(account)).isEqualByComparingTo("30.00");
    }

    @Test
    void a_payment_without_a_reference_is_refused_at_the_field() {
        BrowserlessUi.logIn(spring, "biller");
        UI.getCurrent().navigate(PatientAccountView.class);
        PaymentForm form = new PaymentForm(java.util.List.of(), p -> {
            throw new AssertionError("nothing may be recorded");
        });
        _setValue(form.amount, new BigDecimal("20.00"));
        _click(form.record);

        assertThat(form.reference.isInvalid()).isTrue();
        assertThat(form.reference.getErrorMessage()).isEqualTo("Reference is required.");
    }
}
