package org.arflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.arflow.ui.Chromium;
import org.arflow.ui.LoginPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The jar {@code ./mvnw package} builds, started with {@code java -jar} from a folder outside the repository as
 * someone handed the jar would: it serves the login page, each role logs in, and no page shows Vaadin's
 * development tools. Runs after {@code package} (failsafe, in {@code verify}); about 45 s on 2 cores.
 */
class PackagedJarIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void the_jar_started_from_another_folder_serves_the_login_page_and_every_role_logs_in_in_production_mode()
            throws Exception {
        Chromium.assumeInstalled();
        Path jar = Path.of(System.getProperty("arflow.jar"));
        Path folder = Files.createTempDirectory("arflow-jar");
        long start = System.nanoTime();
        try (AppProcess app = AppProcess.packagedJar(jar, folder).start()) {
            System.out.printf("packaged jar from %s: ready after %.1f s%n", folder, (System.nanoTime() - start) / 1e9);
            String base = "http://localhost:" + app.port();
            HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as("GET /login; see %s", app.log()).isEqualTo(200);
            assertThat(Files.readString(app.log())).contains("Vaadin is running in production mode");
            assertThat(app.dataDir().resolve("postgres")).as("the data folder, ./data by default").isDirectory();

            WebDriver browser = Chromium.start(1280, 900);
            try {
                logInAndCheck(browser, base, "biller", "My work");
                long submitted = System.nanoTime();
                logInAndCheck(browser, base, "supervisor", "Where claims stand");
                System.out.printf("packaged jar: the supervisor's dashboard, login included, in %.1f s%n",
                        (System.nanoTime() - submitted) / 1e9);
                logInAndCheck(browser, base, "analyst", "Processes");
                logInAndCheck(browser, base, "admin", "Users and teams");
            } finally {
                browser.quit();
            }
        }
    }

    private static void logInAndCheck(WebDriver browser, String base, String user, String heading) {
        LoginPage.logIn(browser, base, user, heading);
        assertThat(browser.findElement(By.className("current-user")).getText()).isEqualTo(user);
        assertThat(browser.findElements(By.tagName("vaadin-dev-tools"))).as("Vaadin's development-mode pop-up")
                .isEmpty();
    }
}
