package org.arflow.ui;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** arflow's login form in a real browser: open the app, be sent to /login, sign in (demo password = user name). */
public final class LoginPage {

    private LoginPage() {
    }

    /** Opens {@code baseUrl}, logs in as a demo user and waits until the role's start page shows this heading. */
    public static void logIn(WebDriver browser, String baseUrl, String user, String heading) {
        browser.manage().deleteAllCookies();
        browser.get(baseUrl + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(user);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), heading));
    }
}
