package org.linkmap.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.linkmap.service.support.HeadlessChromium;
import org.linkmap.service.support.TestFolders;

/**
 * The network explorer in Debian's headless Chromium against the service with the demo data: search, add to the
 * chart, expand, find a path, move the time slider; then a refused filter (the error state) and the whole demo
 * crew of a thousand members added at once (the large state). Screenshots of each state go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "linkmap.demo=true", "linkmap.demo.password=browser-test-pass", "linkmap.neo4j.embedded.bolt-port=0",
        "linkmap.network.node-limit=1500"})
class NetworkPageBrowserTest {

    @LocalServerPort
    int port;

    private HeadlessChromium chromium;
    private ChromeDriver browser;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path data = TestFolders.fresh("linkmap-network-browser-test");
        registry.add("linkmap.data-dir", data::toString);
    }

    @BeforeEach
    void startBrowser() {
        chromium = HeadlessChromium.start(port);
        browser = chromium.driver();
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void shouldSearchExpandFindAPathAndReplayTheNetwork() throws IOException {
        WebDriverWait wait = signIn("analyst", "/network.html");
        WebElement chart = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart.empty")));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#types option"), 5));
        saveScreenshot("network-empty.png");

        browser.findElement(By.id("q")).sendKeys("Callum Proxley");
        browser.findElement(By.cssSelector("#search button[type=submit]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#results button[data-add]"))).click();
        wait.until(d -> nodes(chart) > 1);
        int added = nodes(chart);

        browser.findElement(By.id("expand")).click();
        wait.until(d -> nodes(chart) > added);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "laid out"));
        saveScreenshot("network-expanded.png");

        List<WebElement> targets = new Select(browser.findElement(By.id("path-to"))).getOptions();
        new Select(browser.findElement(By.id("path-to"))).selectByIndex(targets.size() - 1);
        browser.findElement(By.id("path")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "shortest path"));
        assertThat(browser.findElement(By.id("status")).getText()).containsPattern("\\d+ shortest paths? of \\d+ hops?");

        WebElement slider = browser.findElement(By.id("slider"));
        assertThat(slider.isEnabled()).isTrue();
        browser.executeScript("arguments[0].value = arguments[0].min; arguments[0].dispatchEvent(new Event('input'));", slider);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("as-at"), "as at"));
        int visible = Integer.parseInt(chart.getAttribute("data-visible-edges"));
        assertThat(visible).as("the network as it stood at its first report").isLessThan(Integer.parseInt(chart.getAttribute("data-edges")));
        saveScreenshot("network-as-at.png");

        browser.executeScript("document.getElementById('minAgencies').value = '0';");
        browser.findElement(By.id("expand")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "minAgencies"));
        assertThat(browser.findElement(By.id("status")).getAttribute("class")).contains("error");
        saveScreenshot("network-error.png");

        browser.executeScript("document.getElementById('minAgencies').value = '';");
        submitAThousandStrongCrew();
        browser.findElement(By.id("clear")).click();
        browser.findElement(By.id("q")).clear();
        browser.findElement(By.id("q")).sendKeys("Thousand crew");
        browser.findElement(By.cssSelector("#search button[type=submit]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//ul[@id='results']/li[contains(., 'Thousand crew')]/button"))).click();
        saveScreenshot("network-loading.png");
        new WebDriverWait(browser, Duration.ofSeconds(240)).until(d -> browser.findElement(By.id("status")).getText().startsWith("Added"));
        System.out.println("Network explorer, large state: " + browser.findElement(By.id("status")).getText());
        assertThat(nodes(chart)).isEqualTo(1001);
        saveScreenshot("network-large.png");
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .as("the page satisfies its Content-Security-Policy and raises no script errors")
                .noneMatch(entry -> entry.getMessage().contains("Content Security Policy") || entry.getMessage().contains("Uncaught"));
    }

    /** A person linked to a hotspot, followed from the map's panel: the explorer opens on that person, selected. */
    @Test
    void shouldOpenTheNetworkOfAPersonFollowedFromTheMapsHotspotPanel() throws IOException {
        WebDriverWait wait = signIn("mace", "/map.html");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hotspot-list li button"))).click();
        WebElement person = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#detail a[href^='/network.html?id=']")));
        String href = person.getDomAttribute("href");
        String id = java.net.URLDecoder.decode(href.substring(href.indexOf("id=") + 3), java.nio.charset.StandardCharsets.UTF_8);
        String label = person.getText();

        person.click();
        wait.until(ExpectedConditions.urlContains("/network.html?id="));
        WebElement chart = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart[data-selected]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#detail h2"), label));

        assertThat(chart.getDomAttribute("data-selected")).isEqualTo(id);
        assertThat(nodes(chart)).as("the person and the entities it is linked to").isGreaterThan(1);
        assertThat(browser.findElement(By.id("status")).getText()).startsWith("Opened: ").contains("laid out");
        assertThat(new Select(browser.findElement(By.id("path-to"))).getFirstSelectedOption().getDomProperty("value")).isEqualTo(id);
        assertThat(browser.findElement(By.id("export-buttons")).isDisplayed()).as("exports are for analysts (403 for a MACE member)").isFalse();
        String[] at = chart.getDomAttribute("data-selected-at").split(",");
        assertThat(Double.parseDouble(at[0])).as("centred across").isCloseTo(chart.getSize().getWidth() / 2.0, org.assertj.core.data.Offset.offset(2.0));
        assertThat(Double.parseDouble(at[1])).as("centred down").isCloseTo(chart.getSize().getHeight() / 2.0, org.assertj.core.data.Offset.offset(2.0));
        saveScreenshot("network-from-map.png");
    }

    private WebDriverWait signIn(String user, String page) {
        browser.get("http://127.0.0.1:" + port + page);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys("browser-test-pass");
        browser.findElement(By.cssSelector("button[type=submit], input[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains(page));
        return wait;
    }

    /** One submission: a network of 1,000 members, each also an associate of the next: 1,001 nodes at one hop. */
    private void submitAThousandStrongCrew() {
        StringBuilder entities = new StringBuilder("{\"ref\":\"crew\",\"type\":\"NETWORK\",\"name\":\"Thousand crew\",\"networkType\":\"GANG\"}");
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            entities.append(",{\"ref\":\"p").append(i).append("\",\"type\":\"PERSON\",\"roles\":[\"POI\"],\"name\":\"Member ").append(i).append(" Crewson\"}");
            links.append(i == 0 ? "" : ",").append("{\"from\":\"p").append(i).append("\",\"to\":\"crew\",\"type\":\"MEMBER_OF\"}");
            if (i > 0 && i % 2 == 0) {
                links.append(",{\"from\":\"p").append(i).append("\",\"to\":\"p").append(i / 2).append("\",\"type\":\"ASSOCIATES_WITH\"}");
            }
        }
        String body = "{\"submissionRef\":\"THOUSAND-1\",\"agency\":\"LANCASHIRE_POLICE\",\"submittedBy\":\"Browser test\","
                + "\"submittedAt\":\"2026-06-01T09:00:00Z\",\"grading\":{\"source\":2,\"intelligence\":\"B\",\"handling\":\"P\"},"
                + "\"entities\":[" + entities + "],\"links\":[" + links + "]}";
        try {
            java.net.http.HttpResponse<String> reply = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/submissions"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("analyst:browser-test-pass".getBytes()))
                    .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int nodes(WebElement chart) {
        return Integer.parseInt(chart.getAttribute("data-nodes"));
    }

    private void saveScreenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
