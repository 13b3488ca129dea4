package org.linkmap.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkmap.service.mace.Fixtures;
import org.linkmap.service.support.BrowserTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * {@code /risk-document.html} in headless Chromium: a member of one area sees that area's document at once; a
 * member of several chooses one, each named as people read it rather than by its code.
 */
@HarnessTest
class RiskDocumentBrowserTest extends BrowserTestSupport {

    @Override
    protected String lastScreenshot() {
        return "risk-document-last.png";
    }

    @Test
    void shouldShowTheOnlyAreaOfAMemberAtOnce() {
        chromium.open("/risk-document.html", "mace-east");
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#document h1"), "Risk document · Lancashire East"));
        assertThat(new Select(chromium.driver().findElement(By.id("area"))).getOptions()).hasSize(1);
    }

    @Test
    void shouldLetAMemberOfSeveralAreasChooseOneByName() {
        chromium.open("/risk-document.html", "mace");
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("area"), "Lancashire North"));
        Select area = new Select(chromium.driver().findElement(By.id("area")));
        assertThat(area.getFirstSelectedOption().getText()).isEqualTo("Choose an area");
        assertThat(area.getOptions()).extracting(option -> option.getText())
                .containsExactlyInAnyOrder("Choose an area", "Blackpool", "Lancashire Central", "Lancashire North");
        assertThat(chromium.driver().findElement(By.id("document")).getText()).isEqualTo("Choose an area.");

        area.selectByValue("BLACKPOOL");
        chromium.driver().findElement(By.cssSelector("#choose button[type=submit]")).click();
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#document h1"), "Risk document · Blackpool"));
        assertThat(chromium.driver().getCurrentUrl()).endsWith("?area=BLACKPOOL");
    }

    @Test
    void shouldNameRiskAndTacticsAsPeopleSayThem() {
        String child = new Fixtures.Submission("A", "LANCASHIRE_POLICE", "2026-10-01T09:00:00Z").forum("MACE", "LANCS_EAST")
                .child("c", "Ruby Riskdoc", "LCS-1").send(client).get("entities").get("c").asText();
        client.post("/api/disruptions", "mace-east", "{\"tactic\": \"CAWN\", \"target\": {\"id\": \"" + child
                + "\"}, \"date\": \"2026-11-01\"}");
        client.post("/api/disruptions", "mace-east", "{\"tactic\": \"HOTEL_NOTICE\", \"target\": {\"id\": \"" + child
                + "\"}, \"date\": \"2026-11-02\"}");

        chromium.open("/risk-document.html", "mace-east");
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("document"), "CAWN"));
        String document = chromium.driver().findElement(By.id("document")).getText();
        assertThat(document).contains("High · CSE", "hotel notice").doesNotContain("HIGH", "HOTEL_NOTICE", "cawn");
    }
}
