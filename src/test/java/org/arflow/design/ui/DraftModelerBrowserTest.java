package org.arflow.design.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.arflow.ui.Chromium;
import org.arflow.IntegrationTest;
import org.arflow.design.Draft;
import org.arflow.design.Drafts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An analyst in a real browser (Debian's Chromium) opens a draft in the bpmn-js modeler, changes the
 * payer-silence timer, saves the draft and runs validation, which passes.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftModelerBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Drafts drafts;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void startBrowser() throws Exception {
        Chromium.assumeInstalled();
        browser = Chromium.start(1400, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']"))).sendKeys("analyst");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("analyst");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("current-user")));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_catalog_shows_the_diagram_of_a_chosen_version() {
        browser.get("http://localhost:" + port + "/processes");
        wait.until(d -> d.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='claim-follow-up']"))
                .stream().findFirst().map(cell -> {
                    try {
                        // earlier tests deploy versions: the row may sit below the grid's visible part
                        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
                        cell.click();
                        return true;
                    } catch (org.openqa.selenium.ElementClickInterceptedException stillLoading) {
                        return false; // the view is still being laid out over the grid: try again
                    }
                }).orElse(false));

        wait.until(d -> !d.findElements(By.cssSelector(
                "arflow-bpmn-viewer g.djs-element[data-element-id='WaitForPayer']")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("arflow-bpmn-viewer .bjs-powered-by"))).hasSize(1);
    }

    @Test
    void an_analyst_changes_a_timer_in_the_modeler_saves_the_draft_and_validates_it() {
        Draft draft = drafts.copyOf("claim-follow-up", 1, "analyst");
        browser.get("http://localhost:" + port + "/processes/drafts/" + draft.id());
        wait.until(d -> !d.findElements(By.cssSelector(
                "arflow-bpmn-modeler g.djs-element[data-element-id='NoAnswerInTime']")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("arflow-bpmn-modeler .bio-properties-panel"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("arflow-bpmn-modeler .bjs-powered-by"))).hasSize(1);

        // the timer is changed with the modeler's own editing commands, as the properties panel does
        Object changed = ((JavascriptExecutor) browser).executeScript("""
                const modeler = document.querySelector('arflow-bpmn-modeler')._modeler;
                const timer = modeler.get('elementRegistry').get('NoAnswerInTime');
                const definition = timer.businessObject.eventDefinitions[0];
                modeler.get('modeling').updateModdleProperties(timer, definition.timeDate,
                    { body: '=date and time(followUpDueAt) + duration("P3D")' });
                return definition.timeDate.body;""");
        assertThat(String.valueOf(changed)).contains("P3D");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Unsaved changes"));

        browser.findElement(By.id("draft-save")).click();
        wait.until(d -> drafts.get(draft.id()).revision() == 2);
        assertThat(drafts.get(draft.id()).xml()).as("the modeler gives the Zeebe extensions back")
                .contains("+ duration(\"P3D\")", "taskDefinition type=\"await-payer-response\"");

        browser.findElement(By.id("draft-validate")).click();
        new WebDriverWait(browser, Duration.ofSeconds(180)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("validation-report"), "Validation passed"));
        assertThat(browser.findElement(By.id("validation-report")).getText()).contains("Scenario: passed");
        assertThat(drafts.get(draft.id()).readyToDeploy()).isTrue();
    }
}
