package org.linkmap.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkmap.service.mace.Fixtures;
import org.linkmap.service.support.BrowserTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The network explorer for a MACE member whose network reaches into another area: the other area's records are
 * restricted placeholders on the chart, and the analysis runs over the rest instead of being refused as a whole.
 */
@HarnessTest
class NetworkAcrossAreasBrowserTest extends BrowserTestSupport {

    @Override
    protected String lastScreenshot() {
        return "network-across-areas-last.png";
    }

    @Test
    void shouldAnalyseTheRecordsTheMemberMayOpenAndSayWhatToDoOnAnEmptyChart() {
        new Fixtures.Submission("B-1", "LANCASHIRE_POLICE", "2026-10-01T09:00:00Z").forum("MACE", "BLACKPOOL")
                .child("c", "Tasha Example", "LCS-1").poi("p", "Ian Holloway", "PNC-1").poi("q", "Gary Fictional", "PNC-2")
                .link("p", "c", "EXPLOITS").link("p", "q", "ASSOCIATES_WITH").send(client);
        new Fixtures.Submission("E-1", "LANCASHIRE_POLICE", "2026-10-02T09:00:00Z").forum("MACE", "LANCS_EAST")
                .child("c", "Tasha Example", "LCS-1").poi("r", "Dean Madeup", "PNC-3").link("r", "c", "ASSOCIATES_WITH").send(client);

        chromium.open("/network.html", "mace-east");
        var wait = chromium.waiting();
        WebElement chart = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart.empty")));
        chromium.driver().findElement(By.id("analyse")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Add people or places to the chart first"));

        chromium.driver().findElement(By.id("q")).sendKeys("Dean Madeup");
        chromium.driver().findElement(By.cssSelector("#search button[type=submit]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#results button[data-add]"))).click();
        wait.until(d -> Integer.parseInt(chart.getAttribute("data-nodes")) >= 2);
        chromium.driver().findElement(By.id("expand")).click();
        wait.until(d -> Integer.parseInt(chart.getAttribute("data-restricted")) > 0);

        chromium.driver().findElement(By.id("analyse")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "modularity"));
        assertThat(chromium.driver().findElement(By.id("status")).getDomAttribute("class")).doesNotContain("error");
        assertThat(chromium.driver().findElement(By.id("key-players")).getText()).startsWith("Key players");
        chromium.screenshot("network-analysed-across-areas.png");
    }
}
