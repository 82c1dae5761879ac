package org.arflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.arflow.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each demo user logs in through a real browser (Debian's Chromium), lands on their role's page and logs out;
 * the audit log has both.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginBrowserTest {

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.arflow.security.AuditLog audit;

    private WebDriver browser;

    @BeforeAll
    void startBrowser() throws Exception {
        Chromium.assumeInstalled();
        browser = Chromium.start(1280, 900);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource({
            "biller, My work, my-work",
            "supervisor, Where claims stand, overview",
            "analyst, Processes, processes",
            "admin, Users and teams, admin/users"
    })
    void demo_user_logs_in_and_sees_the_page_of_their_role(String user, String heading, String path) {
        long auditedBefore = lastAuditId(user);
        LoginPage.logIn(browser, "http://localhost:" + port, user, heading);
        assertThat(browser.getCurrentUrl()).contains("/" + path);
        assertThat(browser.findElement(By.className("current-user")).getText()).isEqualTo(user);
        assertThat(browser.findElement(By.className("engine-notice")).getText()).contains("Embedded engine");

        browser.findElement(By.xpath("//vaadin-button[contains(., 'Log out')]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login"));
        assertThat(audit.entries(user, null, 0, 20)).filteredOn(e -> e.id() > auditedBefore)
                .extracting(org.arflow.security.AuditEntry::action).as("the audit log, newest first")
                .containsSubsequence("LOGOUT", "LOGIN");
    }

    private long lastAuditId(String user) {
        return audit.entries(user, null, 0, 1).stream().mapToLong(org.arflow.security.AuditEntry::id).max().orElse(0);
    }
}
