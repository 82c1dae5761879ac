package org.arflow.tasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.arflow.ui.Chromium;
import org.arflow.IntegrationTest;
import org.arflow.claims.ClaimService;
import org.arflow.claims.ClaimStage;
import org.arflow.security.Role;
import org.arflow.security.TestUsers;
import org.arflow.tasks.TaskFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two billers in two real browsers (Debian's Chromium): one claims a task from the team queue and
 * completes it, the other is told it is taken; a biller of another team cannot open it by URL.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskListBrowserTest {

    static final String TEAM = "Browser team";

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    TaskFixtures fixtures;
    @Autowired
    ClaimService claims;

    private final List<WebDriver> browsers = new ArrayList<>();
    private long task;

    @BeforeAll
    void usersAndTask() {
        Chromium.assumeInstalled();
        users.create("selma", "Selma One", List.of(TEAM), Role.BILLER);
        users.create("sid", "Sid Two", List.of(TEAM), Role.BILLER);
        users.create("otto", "Otto Outside", List.of("Outside team"), Role.BILLER);
        fixtures.payerForTeam("Browser Health", TEAM);
        task = fixtures.correctionTasks("Browser Health", "640.00", 40, "SEL-1").getFirst();
    }

    @AfterAll
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void biller_claims_and_completes_a_task_the_second_is_told_it_is_taken_and_another_team_cannot_open_it()
            throws Exception {
        WebDriver sid = logIn(browser(), "sid");
        sid.get(url("/queue"));
        wait(sid).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-button.claim-task")));

        WebDriver selma = logIn(browser(), "selma");
        selma.get(url("/queue"));
        click(selma, wait(selma).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-button.claim-task"))));
        wait(selma).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.task-status"),
                "Claimed by Selma One"));
        assertThat(selma.getCurrentUrl()).endsWith("/tasks/" + task);
        String stageBefore = selma.findElement(By.cssSelector("span.claim-stage")).getText();
        assertThat(stageBefore).isEqualTo("Correct and resubmit");

        click(sid, sid.findElement(By.cssSelector("vaadin-button.claim-task")));
        wait(sid).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"),
                "already claimed by Selma One"));
        assertThat(fixtures.assignee(task)).isEqualTo("selma");

        click(selma, selma.findElement(By.xpath("//vaadin-radio-button[contains(., 'Corrected and resubmitted')]")));
        click(selma, selma.findElement(By.xpath("//vaadin-button[contains(., 'Complete task')]")));
        wait(selma).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.task-status"),
                "This task is closed (completed)"));
        // the process moves on in the engine; the page shows where the claim stands now
        ClaimStage after = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> claims.get("SEL-1").stage(), stage -> stage != ClaimStage.CORRECTION);
        click(selma, selma.findElement(By.xpath("//vaadin-button[contains(., 'Refresh')]")));
        // read afresh on each try: the page may render the stage again between finding it and reading it
        String shown = wait(selma).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            String text = d.findElement(By.cssSelector("span.claim-stage")).getText();
            return text.equals(stageBefore) ? null : text;
        });
        assertThat(shown).isIn(after.label(), ClaimStage.RESUBMITTED.label(), ClaimStage.AWAITING_PAYER.label());
        assertThat(fixtures.state(task)).isEqualTo("COMPLETED");

        WebDriver otto = logIn(sid, "otto");
        otto.get(url("/tasks/" + task));
        wait(otto).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Task not found"));
        assertThat(otto.findElement(By.tagName("body")).getText()).doesNotContain("SEL-1");
    }

    /** Scrolls the element into view first: the queue grid is wider than the window. */
    private static void click(WebDriver browser, org.openqa.selenium.WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element);
        element.click();
    }

    private WebDriver logIn(WebDriver browser, String user) {
        browser.manage().deleteAllCookies();
        browser.get(url("/"));
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(user);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "My work"));
        return browser;
    }

    private WebDriver browser() throws Exception {
        WebDriver driver = Chromium.start(1600, 1000);
        browsers.add(driver);
        return driver;
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
