package org.linkmap.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkmap.service.mace.Fixtures;
import org.linkmap.service.support.BrowserTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Tasking from the location page and from the network explorer in headless Chromium: a MACE member raises a
 * tasking against the open place (which then lists it) and against the person selected on the chart; an analyst,
 * who tasks nothing, gets no button.
 */
@HarnessTest
class TaskingButtonsBrowserTest extends BrowserTestSupport {

    @Override
    protected String lastScreenshot() {
        return "tasking-last.png";
    }

    private JsonNode sendTheHotelAndItsVisitor() {
        return new Fixtures.Submission("A", "LANCASHIRE_POLICE", "2026-11-10T09:00:00Z").forum("MACE", "BLACKPOOL")
                .poi("p", "Ian Holloway", "PNC-1").location("h", "Seaview Hotel (fictional)", "HOTEL", 53.815, -3.040)
                .link("p", "h", "FREQUENTS").incidentAt("SIGHTING", "2026-11-08T23:00:00Z", "h", "p", "SUSPECT").send(client);
    }

    @Test
    void shouldTaskActionAgainstAPlaceFromItsPageAndListTheTaskingThere() {
        String hotel = sendTheHotelAndItsVisitor().get("entities").get("h").asText();

        chromium.open("/location.html?id=" + hotel, "mace");
        var wait = chromium.waiting();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting-actions"), "No taskings against this place."));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#meeting-work .task-button"))).click();
        WebElement dialog = chromium.taskingDialog();
        assertThat(dialog.getText()).contains("Against: Seaview Hotel (fictional)");
        chromium.sendTasking(dialog, "Hotel notice under s.116 and staff awareness visit", "LANCASHIRE_POLICE");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasking-status"), "Tasked to LANCASHIRE_POLICE"));
        assertThat(chromium.driver().findElement(By.id("location-taskings")).getText())
                .contains("Hotel notice under s.116 and staff awareness visit", "LANCASHIRE_POLICE");
        chromium.screenshot("location-tasking.png");

        JsonNode taskings = client.get("/api/taskings?targetId=" + hotel, "mace").body();
        assertThat(taskings.get("total").asInt()).isEqualTo(1);
        assertThat(taskings.get("items").get(0).get("target").get("id").asText()).isEqualTo(hotel);
        assertThat(taskings.get("items").get(0).get("areas").get(0).asText()).isEqualTo("BLACKPOOL");
        assertThat(chromium.violatedContentSecurityPolicy()).isFalse();

        chromium.open("/location.html?id=" + hotel, "analyst");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("location-taskings"), "LANCASHIRE_POLICE"));
        assertThat(chromium.driver().findElements(By.cssSelector("#meeting-work .task-button"))).isEmpty();
    }

    @Test
    void shouldTaskActionAgainstThePersonSelectedOnTheNetworkChart() {
        String person = sendTheHotelAndItsVisitor().get("entities").get("p").asText();

        chromium.open("/network.html", "mace");
        var wait = chromium.waiting();
        chromium.driver().findElement(By.id("q")).sendKeys("Ian Holloway");
        chromium.driver().findElement(By.cssSelector("#search button[type=submit]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#results button[data-add]"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#detail .task-button"))).click();
        WebElement dialog = chromium.taskingDialog();
        assertThat(dialog.getText()).contains("Against: Ian Holloway");
        chromium.sendTasking(dialog, "Offender management visit", "LANCASHIRE_POLICE");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Tasked to LANCASHIRE_POLICE"));
        chromium.screenshot("network-tasking.png");

        JsonNode taskings = client.get("/api/taskings?targetId=" + person, "mace").body();
        assertThat(taskings.get("total").asInt()).isEqualTo(1);
        assertThat(taskings.get("items").get(0).get("action").asText()).isEqualTo("Offender management visit");
    }
}
