package org.linkmap.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkmap.service.support.HeadlessChromium;
import org.linkmap.service.support.TestFolders;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What an operational group does with the map, in headless Chromium against the demo data: filter to a period and
 * area and share the address, read the layers, open a hotspot's panel, open a place and flag it, and print.
 * Screenshots of each state go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "linkmap.demo=true", "linkmap.demo.password=browser-test-pass", "linkmap.neo4j.embedded.bolt-port=0"})
class MapWorkflowBrowserTest {

    private static final By HOTSPOTS = By.cssSelector("path.leaflet-interactive[data-hotspot-id]");

    @LocalServerPort
    int port;

    private HeadlessChromium chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path data = TestFolders.fresh("linkmap-map-workflow");
        registry.add("linkmap.data-dir", data::toString);
    }

    @BeforeEach
    void startBrowser() {
        chromium = HeadlessChromium.start(port);
        browser = chromium.driver();
        wait = chromium.waiting(60);
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            boolean violated = chromium.violatedContentSecurityPolicy();
            chromium.close();
            assertThat(violated).as("the pages satisfy their Content-Security-Policy").isFalse();
        }
    }

    @Test
    void shouldKeepTheFiltersInTheAddressSoASharedLinkReopensTheSameMap() throws IOException {
        signIn("mace", "/map.html");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(HOTSPOTS, 3));

        browser.findElement(By.cssSelector("[data-period=last-month]")).click();
        new Select(browser.findElement(By.id("area"))).selectByValue("BLACKPOOL");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("area=BLACKPOOL"));
        wait.until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("\\d+ incidents, \\d+ hotspots")));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(HOTSPOTS, 1));
        String shared = browser.getCurrentUrl();
        String from = browser.findElement(By.id("from")).getDomProperty("value");
        screenshot("mace-blackpool-last-month.png");

        browser.get("http://127.0.0.1:" + port + "/map.html");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(HOTSPOTS, 3));
        browser.get(shared);
        wait.until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("\\d+ incidents")));

        assertThat(shared).contains("from=" + from, "method=dbscan", "eps=150", "minPoints=5");
        assertThat(new Select(browser.findElement(By.id("area"))).getFirstSelectedOption().getDomProperty("value")).isEqualTo("BLACKPOOL");
        assertThat(browser.findElement(By.id("from")).getDomProperty("value")).isEqualTo(from);
        assertThat(browser.findElement(By.id("caption")).getText()).contains("area BLACKPOOL", from);
    }

    @Test
    void shouldDrawTheLayersWithALegendAndGiveTheGridReferenceOfAClickedPoint() throws IOException {
        signIn("analyst", "/map.html?at=53.81,-3.04,13");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(HOTSPOTS, 0));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("path.incident, .marker-cluster"), 0));

        assertThat(browser.findElement(By.id("legend")).getText()).contains("Hotspots by rank", "Top 3", "Location of concern");
        assertThat(browser.findElement(By.id("legend")).getCssValue("background-color")).as("the legend is styled on screen").isEqualTo("rgba(255, 255, 255, 1)");
        assertThat(browser.findElement(By.cssSelector(".marking-top")).isDisplayed()).as("the marking is for print").isFalse();
        assertThat(browser.findElements(By.cssSelector("path.district")).size()).isGreaterThan(10);
        assertThat(browser.findElement(By.cssSelector(".leaflet-control-scale-line")).getText()).matches("\\d+ k?m");
        WebElement heat = layerToggle("Heat");
        assertThat(heat.isSelected()).isFalse();
        heat.click();
        wait.until(ExpectedConditions.urlContains("heat"));
        assertThat(browser.findElements(By.cssSelector("canvas.leaflet-heatmap-layer"))).hasSize(1);

        new org.openqa.selenium.interactions.Actions(browser).moveToElement(browser.findElement(By.id("map")), -500, -300).click().perform();
        wait.until(ExpectedConditions.textMatches(By.id("grid-reference"), java.util.regex.Pattern.compile("S[CD] \\d{5} \\d{5} E \\d{6} N \\d{6}")));
        String text = browser.findElement(By.id("grid-reference")).getText();
        String[] parts = text.split(" ");
        assertThat(parts[4]).endsWith(parts[1]);
        assertThat(parts[6]).endsWith(parts[2]);
        screenshot("analyst-layers-heat.png");
    }

    @Test
    void shouldOpenAHotspotsPanelWithWhenAndWhoAndWhatIsLinked() throws IOException {
        signIn("mace", "/map.html");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(HOTSPOTS, 3));
        screenshot("mace-map-year.png");

        browser.findElement(By.cssSelector("#hotspot-list li button")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hour-matrix")));
        assertThat(browser.findElements(By.cssSelector(".hour-matrix tbody tr"))).hasSize(7);
        assertThat(browser.findElements(By.cssSelector(".hour-matrix tbody tr:first-child td.cell"))).hasSize(24);
        assertThat(browser.findElement(By.id("detail")).getText()).contains("Hotspot 1", "incidents", "What", "When",
                "Places inside", "Children", "Persons of interest", "Networks");
        assertThat(browser.findElement(By.cssSelector(".trend")).getText()).matches("(?s)\\d+ incidents .* on \\d+ in .*");
        assertThat(browser.getCurrentUrl()).contains("hotspot=");
        assertThat(browser.findElement(By.id("detail")).getText()).doesNotContainPattern("Child [0-9A-F]{4}\\b");
        org.openqa.selenium.Rectangle legend = browser.findElement(By.id("legend")).getRect();
        org.openqa.selenium.Rectangle switcher = browser.findElement(By.cssSelector(".leaflet-control-layers")).getRect();
        int panelLeft = browser.findElement(By.id("detail")).getRect().getX();
        assertThat(legend.getX() + legend.getWidth()).as("the legend beside the panel, not under it").isLessThanOrEqualTo(panelLeft);
        assertThat(switcher.getX() + switcher.getWidth()).as("the layer switcher beside the panel").isLessThanOrEqualTo(panelLeft);
        screenshot("mace-hotspot-panel.png");
    }

    @Test
    void shouldShowAPlaceAsACaseSubjectAndLetAMemberFlagAndClearIt() throws IOException {
        signIn("mace", "/map.html");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(HOTSPOTS, 0));
        @SuppressWarnings("unchecked")
        Map<String, Object> list = (Map<String, Object>) browser.executeAsyncScript(
                "const done = arguments[0]; fetch('/api/locations?area=BLACKPOOL&limit=1').then(r => r.json()).then(done);");
        @SuppressWarnings("unchecked")
        String id = (String) ((List<Map<String, Object>>) list.get("items")).get(0).get("id");

        browser.get("http://127.0.0.1:" + port + "/location.html?id=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("concern-input")));
        assertThat(browser.findElement(By.id("location")).getText()).contains("Incidents over time", "Children",
                "Persons of interest", "Networks", "Organisations operating here", "Submissions naming it", "Taskings and disruption");
        browser.findElement(By.id("concern-input")).sendKeys("Children seen going in with older men late at night");
        browser.findElement(By.id("set-concern")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("concern-reason")));
        assertThat(browser.findElement(By.id("concern-reason")).getText()).isEqualTo("Children seen going in with older men late at night");
        assertThat(browser.findElement(By.id("concern-by")).getText()).startsWith("Flagged by mace on");
        screenshot("mace-location-flagged.png");

        // On the map the place is drawn above the hotspot outlines, so it can be seen and clicked inside one.
        browser.get("http://127.0.0.1:" + port + "/map.html");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".leaflet-concerns-pane path.concern"), 0));
        int concernPane = Integer.parseInt(browser.findElement(By.cssSelector(".leaflet-concerns-pane")).getCssValue("z-index"));
        int outlinePane = Integer.parseInt(browser.findElement(By.cssSelector(".leaflet-overlay-pane")).getCssValue("z-index"));
        assertThat(concernPane).isGreaterThan(outlinePane);
        browser.get("http://127.0.0.1:" + port + "/location.html?id=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clear-concern")));
        browser.findElement(By.id("clear-concern")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("concern-input")));
    }

    @Test
    void shouldPrintTheMapWithTheRankedTableAndTheMarkingOnTheAnalystsPage() throws IOException {
        signIn("analyst", "/map.html");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(HOTSPOTS, 3));
        browser.findElement(By.cssSelector("#hotspot-list li button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hour-matrix")));

        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        assertThat(browser.findElement(By.cssSelector(".marking-top")).getCssValue("display")).isEqualTo("block");
        assertThat(browser.findElement(By.cssSelector(".marking-bottom")).getCssValue("display")).isEqualTo("block");
        assertThat(browser.findElement(By.cssSelector(".marking-top")).getDomProperty("textContent")).isEqualTo("OFFICIAL-SENSITIVE");
        assertThat(browser.findElement(By.cssSelector(".marking-bottom")).getDomProperty("textContent")).isEqualTo("OFFICIAL-SENSITIVE");
        assertThat(browser.findElement(By.id("filters")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("print-table")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("print-table")).getText()).contains("Ranked hotspots", "Method dbscan");
        assertThat(browser.findElements(By.cssSelector("#print-table tbody tr")).size()).isGreaterThan(3);
        assertThat(browser.findElement(By.id("grid-reference")).isDisplayed()).as("no 'click the map' hint on paper").isFalse();
        screenshot("analyst-print.png");
        assertThat(browser.findElement(By.id("pack-link")).getDomAttribute("href")).startsWith("/api/reports/hotspot-pack?").contains("method=dbscan");
    }

    @Test
    void shouldSayWhenThereAreNoHotspotsAndWhenAParameterIsRefused() throws IOException {
        signIn("mace", "/map.html?from=2020-01-01&to=2020-01-31&area=BLACKPOOL");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "0 incidents, 0 hotspots."));
        assertThat(browser.findElement(By.id("hotspot-list")).getText()).startsWith("No hotspots for this period");
        screenshot("mace-empty.png");

        browser.get("http://127.0.0.1:" + port + "/map.html?eps=99999");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "eps"));
        assertThat(browser.findElement(By.id("status")).getText()).contains("eps: must be between 1 and 5000");
        assertThat(browser.findElement(By.id("legend")).isDisplayed()).as("no legend for hotspots not drawn").isFalse();
        assertThat(browser.findElements(HOTSPOTS)).isEmpty();
        assertThat(browser.findElement(By.id("hotspot-list")).getText()).contains("eps: must be between 1 and 5000");
        screenshot("mace-error.png");

        WebElement eps = browser.findElement(By.id("eps"));
        eps.clear();
        eps.sendKeys("150");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        wait.until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("\\d+ incidents, \\d+ hotspots")));
        assertThat(browser.findElement(By.id("status")).getDomAttribute("class")).doesNotContain("error");
        assertThat(browser.findElement(By.id("legend")).isDisplayed()).isTrue();
    }

    private void signIn(String user, String page) {
        browser.get("http://127.0.0.1:" + port + page);
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys("browser-test-pass");
        browser.findElement(By.cssSelector("button[type=submit], input[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains(page.substring(0, page.indexOf('.'))));
    }

    private WebElement layerToggle(String name) {
        return browser.findElements(By.cssSelector(".leaflet-control-layers-overlays label")).stream()
                .filter(label -> label.getText().strip().equals(name)).findFirst().orElseThrow()
                .findElement(By.tagName("input"));
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }
}
