package org.linkmap.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signs in through the login form and finds the hotspot shapes on {@code /map.html}, in Debian's headless
 * Chromium, against the service as the README runs it: embedded Neo4j (on a free port, in a temporary
 * directory) with the demo data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "linkmap.demo=true", "linkmap.demo.password=browser-test-pass", "linkmap.neo4j.embedded.bolt-port=0"})
class MapPageBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private Path profile;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("linkmap-browser-test");
        registry.add("linkmap.data-dir", data::toString);
    }

    @BeforeEach
    void startBrowser() throws IOException {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must install Debian's chromium and chromium-driver (see .ci/run)");
        }
        Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed: apt-get install chromium chromium-driver");
        profile = Files.createTempDirectory("linkmap-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1400,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldSignInAndShowHotspotShapesWithTheirIdsOnTheMap() throws IOException {
        browser.get("http://127.0.0.1:" + port + "/map.html");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.name("username")).sendKeys("mace");
        browser.findElement(By.name("password")).sendKeys("browser-test-pass");
        browser.findElement(By.cssSelector("button[type=submit], input[type=submit]")).click();

        wait.until(ExpectedConditions.urlContains("/map.html"));
        By hotspotShapes = By.cssSelector("path.leaflet-interactive[data-hotspot-id]");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(hotspotShapes, 3));
        List<WebElement> shapes = browser.findElements(hotspotShapes);
        assertThat(shapes).allSatisfy(shape -> assertThat(shape.getAttribute("data-hotspot-id")).matches("[0-9a-f-]{36}"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "hotspots"));
        assertThat(browser.findElements(By.cssSelector("#hotspot-list li"))).hasSize(shapes.size());

        browser.findElement(By.cssSelector("#hotspot-list li button")).click();
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#detail .hour-matrix")));
        assertThat(browser.findElement(By.id("detail")).getText()).contains("Hotspot 1", "incidents", "Children");
        saveScreenshot("map.png");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("method"))).selectByValue("kde");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("caption"), "Method kde"));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(hotspotShapes, 0));
        assertThat(browser.findElement(By.id("caption")).getText()).contains("kernel quartic");
        saveScreenshot("map-kde.png");
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .as("the pages satisfy their Content-Security-Policy")
                .noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
    }

    private void saveScreenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
