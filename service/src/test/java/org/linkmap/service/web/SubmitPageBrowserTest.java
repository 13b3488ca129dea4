package org.linkmap.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.BrowserTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * {@code /submit.html} in headless Chromium: an agency practitioner fills in a referral, sees the service's field
 * errors beside the fields, finds the draft kept across a reload, sends it and sees it listed for next meeting.
 */
@HarnessTest
class SubmitPageBrowserTest extends BrowserTestSupport {

    @Test
    void shouldShowFieldErrorsKeepTheDraftSendTheReferralAndListItForTheNextMeeting() {
        LocalDate meetingDay = LocalDate.now(ZoneId.of("Europe/London")).plusDays(14);
        client.post("/api/meetings", "mace", "{\"kind\": \"MACE\", \"area\": \"BLACKPOOL\", \"date\": \"" + meetingDay + "\"}");
        chromium.open("/submit.html", "agency");
        var wait = chromium.waiting();
        var page = chromium.driver();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine-status"), "Nothing sent yet."));
        assertThat(page.findElement(By.name("agency")).getAttribute("value")).isEqualTo("BLACKPOOL_CSC");
        new Select(page.findElement(By.name("forumArea"))).selectByValue("BLACKPOOL");
        page.findElement(By.cssSelector("[data-add=CHILD]")).click();
        page.findElement(By.cssSelector("[data-field='entities[0].name']")).sendKeys("Tasha Formfill");
        page.findElement(By.cssSelector("[data-add=LOCATION]")).click();
        page.findElement(By.cssSelector("[data-field='entities[1].name']")).sendKeys("Takeaway on the corner (fictional)");
        WebElement postcode = page.findElement(By.cssSelector("[data-field='entities[1].postcode']"));
        postcode.sendKeys("FY1 1AD");
        page.findElement(By.cssSelector("#entities .lookup")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#entities .found"), "FY1 1AD: 53."));
        page.findElement(By.id("add-incident")).click();
        new Select(page.findElement(By.cssSelector("[data-field='incidents[0].incidentType']"))).selectByValue("FOUND");
        WebElement when = page.findElement(By.cssSelector("[data-field='incidents[0].occurredAt']"));
        page.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                when, LocalDate.now(ZoneId.of("Europe/London")).minusDays(2) + "T21:30");
        new Select(page.findElement(By.cssSelector("[data-field='incidents[0].location']"))).selectByValue("e2");
        new Select(page.findElement(By.cssSelector("[data-field='incidents[0].involved[0].ref']"))).selectByValue("e1");
        new Select(page.findElement(By.cssSelector("[data-field='incidents[0].involved[0].role']"))).selectByValue("MISSING_PERSON");
        WebElement rendered = page.findElement(By.cssSelector("[data-field='entities[1].postcode']"));
        rendered.clear();
        rendered.sendKeys("ZZ9 9ZZ");

        page.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-note"), "draft"));
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-field='entities[0].name']"), "value", "Tasha Formfill"));
        assertThat(page.findElement(By.cssSelector("[data-field='incidents[0].location']")).getAttribute("value")).isEqualTo("e2");

        page.findElement(By.cssSelector("#referral button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-error-for='submittedBy']")));
        chromium.screenshot("submit-errors.png");
        page.findElement(By.name("submittedBy")).sendKeys("J. Example, social worker");
        page.findElement(By.cssSelector("#referral button[type=submit]")).click();
        By postcodeError = By.cssSelector("[data-error-for^='entities[1]']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(postcodeError));
        assertThat(page.findElement(postcodeError).getText()).contains("not in the postcode table");
        assertThat(client.get("/api/referrals", "agency").body().get("total").asInt()).isZero();

        WebElement fixed = page.findElement(By.cssSelector("[data-field='entities[1].postcode']"));
        fixed.clear();
        fixed.sendKeys("FY1 1AD");
        page.findElement(By.cssSelector("#referral button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("send-status"), "Sent:"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine"), "On the agenda of the Blackpool MACE of " + meetingDay));
        assertThat(page.executeScript("return localStorage.getItem('linkmap.referral-draft.agency')")).isNull();
        assertThat(client.count("MATCH (s:Submission {agency: 'BLACKPOOL_CSC', forumKind: 'MACE'})-[:MENTIONS]->(:Child) RETURN count(s)",
                java.util.Map.of())).isEqualTo(1);
        chromium.screenshot("submit-sent.png");
        assertThat(chromium.violatedContentSecurityPolicy()).isFalse();

        chromium.open("/", "agency");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-submissions"), "on the agenda of the Blackpool MACE of "));
        assertThat(page.findElement(By.id("tiles")).getText()).contains("Submit a referral", "Meetings and taskings").doesNotContain("Hotspot map");
        chromium.screenshot("start-agency.png");
    }
}
