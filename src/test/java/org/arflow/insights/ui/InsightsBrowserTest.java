package org.arflow.insights.ui;

import static org.arflow.claims.LifecycleDriver.adj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.arflow.ui.Chromium;
import org.arflow.IntegrationTest;
import org.arflow.claims.LifecycleDriver;
import org.arflow.insights.Heatmap;
import org.arflow.insights.InsightsFilter;
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
 * The supervisors' views in a real browser (Debian's Chromium): two claims of a payer of their own wait for the
 * payer, a third was denied for documentation; the supervisor sees those counts on those elements of the heatmap,
 * and the dashboard draws its charts from them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsBrowserTest {

    private static final String PAYER = "Heatmap Browser Health";

    @LocalServerPort
    int port;
    @Autowired
    LifecycleDriver office;
    @Autowired
    Heatmap heatmap;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void claimsAndBrowser() throws Exception {
        Chromium.assumeInstalled();
        for (String id : new String[] {"HMB-1", "HMB-2", "HMB-3"}) {
            office.submit(id, PAYER, 10, "250.00", null);
        }
        office.remit("HMB-3", "HMB3-1", "4", "250.00", "0", "0", adj("CO", "252", "250.00"));
        office.awaitTask("HMB-3", "GatherDocumentation");
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            heatmap.refresh();
            var v = heatmap.defaultVersion().orElseThrow();
            var heat = heatmap.elements(v, new InsightsFilter(null, null, PAYER, null));
            return heat.stream().anyMatch(h -> h.elementId().equals("WaitForPayer") && h.waiting() == 2)
                    && heat.stream().anyMatch(h -> h.elementId().equals("DocumentationRequest") && h.waiting() == 1);
        });

        browser = Chromium.start(1400, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        logIn("supervisor");
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_overlays_show_the_claims_waiting_on_the_elements_where_they_wait() {
        browser.get("http://localhost:" + port + "/heatmap?payer=Heatmap%20Browser%20Health");

        assertThat(overlayText("WaitForPayer")).startsWith("2 waiting");
        assertThat(overlayText("DocumentationRequest")).startsWith("1 waiting");
        assertThat(browser.findElements(By.cssSelector(".arflow-overlay[data-element-id='CloseClaim']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("arflow-bpmn-viewer .bjs-powered-by"))).hasSize(1);
        screenshot("heatmap-browser-test.png");

        // a real mouse click at the gateway's place on the screen (SVG elements confuse Selenium's own centring)
        var at = (java.util.List<?>) ((JavascriptExecutor) browser).executeScript("""
                const g = document.querySelector("arflow-bpmn-viewer g.djs-element[data-element-id='WaitForPayer'] .djs-visual");
                g.scrollIntoView({block: 'center'});
                const r = g.getBoundingClientRect();
                return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];""");
        new org.openqa.selenium.interactions.Actions(browser)
                .moveToLocation(((Number) at.get(0)).intValue(), ((Number) at.get(1)).intValue()).click().perform();
        wait.until(d -> d.findElement(By.xpath("//h3[contains(., 'Waiting at Wait for the payer: 2')]")));
        assertThat(browser.findElements(By.xpath("//vaadin-button[normalize-space(.)='HMB-1']"))).hasSize(1);
        assertThat(browser.findElements(By.xpath("//vaadin-button[normalize-space(.)='HMB-2']"))).hasSize(1);

        var open = browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='HMB-1']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", open);
        open.click();
        wait.until(d -> d.findElement(By.xpath("//vaadin-dialog-overlay[contains(., 'Claim HMB-1')]")));
    }

    @Test
    void the_dashboard_draws_its_aging_bars_its_open_task_lines_and_its_kpis_against_their_benchmarks() {
        browser.get("http://localhost:" + port + "/overview");
        wait.until(d -> !d.findElements(By.cssSelector(".aging-chart")).isEmpty()
                && !d.findElements(By.cssSelector("svg.queue-trend polyline")).isEmpty());

        Number widestBar = (Number) ((JavascriptExecutor) browser).executeScript("""
                return Math.max(...[...document.querySelectorAll('.aging-chart > div')]
                    .map(d => d.getBoundingClientRect().width));""");
        assertThat(widestBar.doubleValue()).as("the largest aging bucket's bar, in pixels").isGreaterThan(100);
        var line = (java.util.List<?>) ((JavascriptExecutor) browser).executeScript("""
                const p = document.querySelector('svg.queue-trend polyline');
                return [p.namespaceURI, p.getBoundingClientRect().width];""");
        assertThat(line.get(0)).as("drawn as SVG, not as text").isEqualTo("http://www.w3.org/2000/svg");
        assertThat(((Number) line.get(1)).doubleValue()).as("the line spans the month").isGreaterThan(100);
        Object benchmarkBackground = ((JavascriptExecutor) browser).executeScript("""
                return getComputedStyle(document.querySelector('.kpi-success, .kpi-error, .kpi-contrast')).backgroundColor;""");
        assertThat(benchmarkBackground).as("a KPI's benchmark shows whether it is met").isNotEqualTo("rgba(0, 0, 0, 0)");
        screenshot("dashboard-browser-test.png");
    }

    /** What the browser showed, for people reading a failed build (target/). */
    private void screenshot(String name) {
        try {
            Files.copy(((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.FILE)
                    .toPath(), Path.of("target", name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            // a missing screenshot is no test failure
        }
    }

    private String overlayText(String elementId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".arflow-overlay[data-element-id='" + elementId + "']"))).getText();
    }

    private void logIn(String user) {
        browser.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']"))).sendKeys(user);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(user);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("current-user")));
    }
}
