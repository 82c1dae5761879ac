package org.arflow.patientbilling.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.arflow.ui.Chromium;
import org.arflow.patientbilling.PatientBillingIntegrationTest;
import org.arflow.patientbilling.PatientBillingTestAccess;
import org.arflow.patientbilling.PatientAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A biller opens a patient account in a real browser (Debian's Chromium): balances by claim, the statements
 * sent, the plan schedule with a paid and a missed installment; then records a payment through the form.
 */
@PatientBillingIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatientAccountBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    PatientBillingTestAccess patient;
    @Autowired
    PatientAccounts accounts;

    private WebDriver browser;

    @BeforeAll
    void startBrowser() throws Exception {
        Chromium.assumeInstalled();
        browser = Chromium.start(1280, 2400);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_biller_sees_balances_statements_and_the_plan_schedule_and_records_a_payment() {
        long account = patient.accountWithPaidAndMissedInstallment("PB-BROWSER");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        logIn(wait, "biller");

        browser.get("http://localhost:" + port + "/patients/" + account);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-summary"), "Due $100.00"));
        List<String> cells = cells();
        assertThat(cells).contains("PB-BROWSER", "$150.00", "$50.00", "$100.00"); // share, paid, due
        assertThat(cells).contains("Statement 1", "Statement 3", "Final notice");
        assertThat(cells).contains("Paid", "Missed", "Not due yet");

        browser.findElement(By.cssSelector("#payment-amount input")).sendKeys("30.00", Keys.TAB);
        browser.findElement(By.cssSelector("#payment-reference input")).sendKeys("BROWSER-RECEIPT-1", Keys.TAB);
        browser.findElement(By.id("record-payment")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"),
                "Payment recorded"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-summary"), "Due $70.00"));
        await().atMost(Duration.ofSeconds(10)).until(() -> accounts.balanceDue(account).toPlainString(), "70.00"::equals);
        assertThat(cells()).containsSubsequence("PB-BROWSER", "$150.00", "$80.00", "$0.00", "$70.00"); // paid, written off, due
    }

    private void logIn(WebDriverWait wait, String user) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']"))).sendKeys(user);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(user);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Every grid cell's text on the page (cells are light DOM, so their text is readable). */
    @SuppressWarnings("unchecked")
    private List<String> cells() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent.trim())");
    }
}
