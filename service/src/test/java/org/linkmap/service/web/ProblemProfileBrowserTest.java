package org.linkmap.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Base64;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.linkmap.service.mace.Fixtures;
import org.linkmap.service.support.BrowserTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.openqa.selenium.By;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * {@code /problem-profile.html} in headless Chromium: a MACE member reaches it from {@code /mace.html}, reads
 * Blackpool's profile with the child by pseudonym, and prints it (the marking on the page, the controls left out);
 * the page says when there is nothing to show yet, while it loads, and when the service refuses the request.
 */
@HarnessTest
class ProblemProfileBrowserTest extends BrowserTestSupport {

    private static final String QUERY = "?area=BLACKPOOL&from=2026-07-01&to=2026-09-30";

    @Override
    protected String lastScreenshot() {
        return "profile-last.png";
    }

    @Test
    void shouldOpenTheProfileFromTheMeetingsPageShowTheChildByPseudonymAndPrintIt() throws IOException {
        new Fixtures.Submission("A", "LANCASHIRE_POLICE", "2026-08-10T09:00:00Z").forum("MACE", "BLACKPOOL")
                .child("c", "Ruby Printed", "LCS-1").poi("p", "Ian Holloway", "PNC-1")
                .location("h", "Seaview Hotel (fictional)", "HOTEL", 53.815, -3.040).link("p", "c", "EXPLOITS")
                .incidentAt("MISSING_EPISODE", "2026-08-01T22:00:00Z", "h", "c", "MISSING_PERSON")
                .incidentAt("MISSING_EPISODE", "2026-08-15T22:00:00Z", "h", "c", "MISSING_PERSON").send(client);

        chromium.open("/mace.html", "mace");
        var wait = chromium.waiting();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("problem-profile-link"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile-status"), "Choose an area and a period."));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav"), "Problem profile"));
        chromium.screenshot("profile-empty.png");

        chromium.driver().executeCdpCommand("Network.enable", Map.of());
        chromium.driver().executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", false, "latency", 1500, "downloadThroughput", -1, "uploadThroughput", -1));
        chromium.driver().get("http://127.0.0.1:" + port + "/problem-profile.html" + QUERY);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile-status"), "Loading the problem profile"));
        chromium.screenshot("profile-loading.png");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("neighbourhoods")));
        chromium.driver().executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));

        String victims = chromium.driver().findElement(By.id("victims")).getText();
        assertThat(victims).contains("1. Victims (1)", "Missing episodes: 2 by 1 child").containsPattern("Child [0-9A-Z]{5}-[0-9A-Z]{5}")
                .doesNotContain("Ruby");
        assertThat(chromium.driver().findElement(By.id("offenders")).getText()).contains("Ian Holloway 1 0 1");
        assertThat(chromium.driver().findElement(By.id("businesses")).getText()).contains("Seaview Hotel (fictional) hotel 2 1");
        chromium.screenshot("profile-blackpool.png");

        chromium.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(chromium.driver().findElement(By.id("choose")).isDisplayed()).isFalse();
        assertThat(chromium.driver().findElement(By.cssSelector("header.bar")).isDisplayed()).isFalse();
        assertThat(chromium.driver().findElement(By.cssSelector(".marking-top")).getCssValue("display")).isEqualTo("block");
        chromium.screenshot("profile-print.png");
        chromium.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        String printed = pdfText(chromium.driver().print(new PrintOptions()).getContent());
        assertThat(printed).contains("OFFICIAL-SENSITIVE", "Problem profile · Blackpool", "1. Victims", "5. Neighbourhoods")
                .containsPattern("Child [0-9A-Z]{5}-[0-9A-Z]{5}").doesNotContain("Ruby").doesNotContain("Sign out");
        assertThat(chromium.violatedContentSecurityPolicy()).isFalse();
    }

    @Test
    void shouldSayWhyWhenTheServiceRefusesTheRequest() {
        chromium.open("/problem-profile.html?area=BLACKPOOL&from=2026-10-01&to=2026-09-01", "mace");
        var wait = chromium.waiting();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile-status"), "to: must not be before from"));
        assertThat(chromium.driver().findElement(By.id("profile-status")).getDomAttribute("class")).contains("error");
        chromium.screenshot("profile-error.png");

        chromium.open("/problem-profile.html?area=BLACKPOOL", "mace-east");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile-status"), "outside your areas"));
        chromium.screenshot("profile-forbidden.png");
    }

    private static String pdfText(String base64) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode(base64))) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
