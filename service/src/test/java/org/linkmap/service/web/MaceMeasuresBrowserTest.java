package org.linkmap.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkmap.service.mace.Fixtures;
import org.linkmap.service.support.BrowserTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The measures and the placement notifications on {@code /mace.html} in headless Chromium. One MACE referral in
 * Blackpool in the third quarter of 2026: a child flagged CSE with a person of interest, her missing episode and his
 * arrest, both at points only; so the quarter's row reads 1 child, 1 person of interest, 1 referral with exploitation,
 * 1 missing episode with risk, no notices, 1 arrest, no disruption, none ungraded, 2 incidents without a location and
 * no child without a risk level. The child is placed in Blackpool by Manchester, whose notification is open.
 */
@HarnessTest
class MaceMeasuresBrowserTest extends BrowserTestSupport {

    @Override
    protected String lastScreenshot() {
        return "mace-measures-last.png";
    }

    @Test
    void shouldShowTheQuartersMeasuresSaveThemAsCsvAndListTheOpenPlacementNotifications() {
        String child = new Fixtures.Submission("A", "LANCASHIRE_POLICE", "2026-08-10T09:00:00Z").forum("MACE", "BLACKPOOL")
                .child("c", "Ruby Measured", "LCS-1").poi("p", "Ian Holloway", "PNC-1")
                .incident("MISSING_EPISODE", "2026-08-05T21:00:00Z", 53.815, -3.040, "c", "MISSING_PERSON")
                .incident("ARREST", "2026-08-06T10:00:00Z", 53.815, -3.040, "p", "SUSPECT").send(client).get("entities").get("c").asText();
        Fixtures.id(client.post("/api/placements", "mace", "{\"child\": {\"id\": \"" + child + "\"}, \"homeAuthority\": \"MANCHESTER_CC\", "
                + "\"area\": \"BLACKPOOL\", \"from\": \"2026-09-01\"}"));

        chromium.open("/mace.html#measures", "mace");
        var wait = chromium.waiting();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("placements-status"), "1 open notification to home authorities."));
        assertThat(chromium.driver().findElement(By.id("placement-list")).getText()).contains("MANCHESTER_CC", "Blackpool", "2026-09-01")
                .containsPattern("Child [0-9A-Z]{5}-[0-9A-Z]{5}").doesNotContain("Ruby");

        WebElement form = chromium.driver().findElement(By.id("measures-form"));
        new Select(form.findElement(By.name("area"))).selectByValue("BLACKPOOL");
        chromium.driver().executeScript("arguments[0].value = '2026-07-01'; arguments[1].value = '2026-09-30';",
                form.findElement(By.name("from")), form.findElement(By.name("to")));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("measures-quality"), "2026-07-01 to 2026-09-30"));
        assertThat(chromium.driver().findElement(By.cssSelector("#measures-table tbody")).getText())
                .isEqualTo("Blackpool 2026-Q3 1 1 1 1 0 1 0 0 2 0");
        assertThat(chromium.driver().findElement(By.id("measures-quality")).getText())
                .contains("0 of 1 records without grading", "2 of 2 incidents without a location (100%)", "charges, convictions");
        chromium.screenshot("mace-measures.png");

        chromium.driver().findElement(By.id("measures-csv")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("measures-status"), "measures.csv saved: 1 row."));
        assertThat(chromium.violatedContentSecurityPolicy()).isFalse();
    }
}
