package org.linkmap.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkmap.service.support.HeadlessChromium;
import org.linkmap.service.support.TestFolders;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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

    @LocalServerPort
    int port;

    private HeadlessChromium chromium;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path data = TestFolders.fresh("linkmap-browser-test");
        registry.add("linkmap.data-dir", data::toString);
    }

    @BeforeEach
    void startBrowser() {
        chromium = HeadlessChromium.start(port);
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void shouldSignInAndShowHotspotShapesWithTheirIdsOnTheMap() {
        chromium.open("/map.html", "mace", "browser-test-pass");
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.waiting();

        By hotspotShapes = By.cssSelector("path.leaflet-interactive[data-hotspot-id]");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(hotspotShapes, 3));
        List<WebElement> shapes = browser.findElements(hotspotShapes);
        assertThat(shapes).allSatisfy(shape -> assertThat(shape.getAttribute("data-hotspot-id")).matches("[0-9a-f-]{36}"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "hotspots"));
        assertThat(browser.findElements(By.cssSelector("#hotspot-list li"))).hasSize(shapes.size());

        browser.findElement(By.cssSelector("#hotspot-list li button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#detail .hour-matrix")));
        assertThat(browser.findElement(By.id("detail")).getText()).contains("Hotspot 1", "incidents", "Children");
        chromium.screenshot("map.png");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("method"))).selectByValue("kde");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("caption"), "Method kde"));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(hotspotShapes, 0));
        assertThat(browser.findElement(By.id("caption")).getText()).contains("kernel quartic");
        chromium.screenshot("map-kde.png");
        assertThat(chromium.violatedContentSecurityPolicy()).as("the pages satisfy their Content-Security-Policy").isFalse();
    }
}
