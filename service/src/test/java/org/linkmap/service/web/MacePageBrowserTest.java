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
 * {@code /mace.html} in headless Chromium: a MACE member opens an agenda, sees the child who should have been
 * referred (by pseudonym), tasks action against them and against a hotspot, updates the tasking on the board,
 * records disruption and reads its effect; the agency sees only its own taskings.
 */
@HarnessTest
class MacePageBrowserTest extends BrowserTestSupport {

    @Override
    protected String lastScreenshot() {
        return "mace-last.png";
    }

    @Test
    void shouldClearAFormsErrorsOnceItIsSentCorrected() {
        chromium.open("/mace.html", "mace");
        var wait = chromium.waiting();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting-form")));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#meeting-form .field-error"), "is required"));

        String day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(21).toString();
        chromium.driver().executeScript("arguments[0].value = arguments[1];", form.findElement(By.name("date")), day);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting-list"), day));
        assertThat(form.findElements(By.cssSelector(".field-error"))).as("the corrected form shows no error").isEmpty();
        assertThat(form.findElement(By.cssSelector(".form-message")).getText()).isEmpty();
    }

    @Test
    void shouldOpenAnAgendaTaskTheChildNeverReferredUpdateTheTaskingAndReadTheEffectOfItsDisruption() {
        LocalDate meetingDay = LocalDate.now(ZoneId.of("Europe/London")).plusDays(7);
        String base = meetingDay.minusDays(30).toString();
        StringBuilder incidents = new StringBuilder();
        for (int k = 0; k < 5; k++) {
            incidents.append(k == 0 ? "" : ",").append("{\"ref\": \"i").append(k).append("\", \"incidentType\": \"MISSING_EPISODE\", ")
                    .append("\"occurredAt\": \"").append(base).append("T1").append(k).append(":00:00Z\", \"lat\": ")
                    .append(53.815 + k * 0.0001).append(", \"lon\": -3.040, \"involved\": [{\"ref\": \"k\", \"role\": \"MISSING_PERSON\"}]}");
        }
        var sent = client.submit("{\"submissionRef\": \"CSC-1\", \"agency\": \"BLACKPOOL_CSC\", \"submittedBy\": \"Social worker\", "
                + "\"submittedAt\": \"" + base + "T23:59:00Z\", \"forum\": {\"kind\": \"DIRECT\", \"area\": \"BLACKPOOL\"}, "
                + "\"grading\": {\"source\": 2, \"intelligence\": \"B\", \"handling\": \"P\"}, \"entities\": [{\"ref\": \"k\", "
                + "\"type\": \"PERSON\", \"roles\": [\"CHILD\"], \"name\": \"Kayla Neverseen\", \"dobYear\": 2011}], "
                + "\"incidents\": [" + incidents + "]}");
        assertThat(sent.status()).as(sent.raw()).isEqualTo(201);
        client.post("/api/meetings", "mace", "{\"kind\": \"MACE\", \"area\": \"BLACKPOOL\", \"date\": \"" + meetingDay + "\"}");

        chromium.open("/mace.html", "mace");
        var wait = chromium.waiting();
        // Meetings to come are listed first, soonest first, by the area's name.
        By meetingRow = By.xpath("//table[@id='meeting-list']//tr[td[1]='" + meetingDay + "' and td[3]='Blackpool']");
        wait.until(ExpectedConditions.elementToBeClickable(meetingRow));
        String listed = chromium.driver().findElement(By.cssSelector("#meeting-list tbody")).getText();
        int row = listed.indexOf(meetingDay + " MACE Blackpool");
        assertThat(listed).startsWith("Coming up (");
        assertThat(row).as(listed).isPositive();
        assertThat(listed.indexOf("Past (")).as("the meeting is listed among those to come").satisfiesAnyOf(
                past -> assertThat(past).isNegative(), past -> assertThat(past).isGreaterThan(row));
        chromium.driver().findElement(meetingRow).findElement(By.cssSelector(".open-agenda")).click();
        WebElement agenda = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//h2[starts-with(., 'Children at repeated risk')]/following-sibling::table")));
        assertThat(agenda.getText()).containsPattern("Child [0-9A-Z]{5}-[0-9A-Z]{5}").doesNotContain("Kayla");
        assertThat(agenda.getText()).contains("5 exploitation-related incidents");
        chromium.screenshot("mace-agenda.png");

        agenda.findElement(By.cssSelector(".task-button")).click();
        WebElement dialog = chromium.taskingDialog();
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#tasking-dialog [data-error-for=action]")));
        assertThat(dialog.findElement(By.cssSelector("[data-error-for=action]")).getText()).isEqualTo("is required");
        chromium.screenshot("mace-tasking-errors.png");
        chromium.sendTasking(dialog, "Strategy meeting and return interview", "BLACKPOOL_CSC");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda"), "Tasked to BLACKPOOL_CSC"));

        By topHotspotTask = By.xpath("//h2[starts-with(., 'Top hotspots')]/following-sibling::table//button[@class='task-button']");
        wait.until(ExpectedConditions.elementToBeClickable(topHotspotTask)).click();
        chromium.sendTasking(chromium.taskingDialog(), "Targeted patrols", "LANCASHIRE_POLICE");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("tasking-dialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-status"), "2 taskings"));

        By card = By.cssSelector(".cell[data-agency=BLACKPOOL_CSC][data-status=OPEN] .tasking-card");
        wait.until(ExpectedConditions.elementToBeClickable(card)).findElement(By.cssSelector(".update")).click();
        WebElement update = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("update-dialog")));
        new Select(update.findElement(By.name("status"))).selectByValue("IN_PROGRESS");
        update.findElement(By.name("note")).sendKeys("Worker allocated");
        update.findElement(By.cssSelector("button[type=submit]")).click();
        By moved = By.cssSelector(".cell[data-agency=BLACKPOOL_CSC][data-status=IN_PROGRESS] .tasking-card");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(moved, "Worker allocated"));

        chromium.driver().findElement(moved).findElement(By.cssSelector(".disrupt")).click();
        WebElement disruption = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("disruption-dialog")));
        new Select(disruption.findElement(By.name("tactic"))).selectByValue("VISIT");
        disruption.findElement(By.name("outcome")).sendKeys("Seen at home; safety plan agreed");
        disruption.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("disruption-status"), "1 record"));
        chromium.driver().findElement(By.cssSelector("#disruption-list .effect-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("effect"), "Effect of the disruption"));
        assertThat(chromium.driver().findElement(By.id("effect")).getText()).contains("Incidents", "Intelligence");
        chromium.screenshot("mace-board.png");
        assertThat(chromium.violatedContentSecurityPolicy()).isFalse();

        chromium.open("/mace.html", "agency");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-status"), "1 tasking"));
        assertThat(chromium.driver().findElement(By.id("meetings")).isDisplayed()).isFalse();
        assertThat(chromium.driver().findElement(By.id("campaigns")).isDisplayed()).isFalse();
        assertThat(chromium.driver().findElement(By.id("nav")).getText()).doesNotContain("Hotspot map");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tasking-card .update"))).click();
        WebElement own = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("update-dialog")));
        assertThat(new Select(own.findElement(By.name("status"))).getOptions()).extracting(WebElement::getText)
                .containsExactly("Open", "In progress", "Done");
        chromium.screenshot("mace-agency.png");
    }

    @Test
    void shouldTaskActionAgainstAHotspotFromTheMap() {
        String day = LocalDate.now(ZoneId.of("Europe/London")).minusDays(20).toString();
        StringBuilder incidents = new StringBuilder();
        for (int k = 0; k < 6; k++) {
            incidents.append(k == 0 ? "" : ",").append("{\"ref\": \"i").append(k).append("\", \"incidentType\": \"SIGHTING\", ")
                    .append("\"occurredAt\": \"").append(day).append("T1").append(k).append(":00:00Z\", \"lat\": ")
                    .append(53.815 + k * 0.0001).append(", \"lon\": -3.040}");
        }
        var sent = client.submit("{\"submissionRef\": \"POL-1\", \"agency\": \"LANCASHIRE_POLICE\", \"submittedBy\": \"Analyst\", "
                + "\"submittedAt\": \"" + day + "T23:00:00Z\", \"forum\": {\"kind\": \"DIRECT\", \"area\": \"BLACKPOOL\"}, "
                + "\"grading\": {\"source\": 2, \"intelligence\": \"B\", \"handling\": \"P\"}, \"entities\": [], "
                + "\"incidents\": [" + incidents + "]}");
        assertThat(sent.status()).as(sent.raw()).isEqualTo(201);

        chromium.open("/map.html", "mace");
        var wait = chromium.waiting();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hotspot-list li button"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".hotspot-popup .task-button"))).click();
        WebElement dialog = chromium.taskingDialog();
        assertThat(dialog.getText()).contains("Hotspot 1 (6 incidents)");
        chromium.sendTasking(dialog, "Licensing visit to the arcade", "BLACKPOOL_LICENSING");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Tasked to BLACKPOOL_LICENSING"));
        chromium.screenshot("map-tasking.png");

        var taskings = client.get("/api/taskings", "mace").body();
        assertThat(taskings.get("total").asInt()).isEqualTo(1);
        assertThat(taskings.get("items").get(0).get("target").get("hotspot").get("type").asText()).isEqualTo("Polygon");
        assertThat(taskings.get("items").get(0).get("areas").get(0).asText()).isEqualTo("BLACKPOOL");

        chromium.open("/map.html", "analyst");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hotspot-list li button"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#detail h2")));
        assertThat(chromium.driver().findElements(By.cssSelector(".task-button"))).as("an analyst tasks nothing").isEmpty();

        chromium.open("/map.html", "mace-east");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#area optgroup[label=Districts] option")));
        assertThat(chromium.driver().findElements(By.cssSelector("#area optgroup[label=Areas] option")))
                .extracting(WebElement::getText).as("a member chooses among its own areas").containsExactly("Lancashire East");
        assertThat(chromium.driver().findElements(By.cssSelector("#area optgroup[label=Districts] option")))
                .extracting(WebElement::getText).contains("Burnley").doesNotContain("Blackpool", "Preston");
    }

    @Test
    void shouldSayWhenThereIsNothingYet() {
        chromium.open("/mace.html", "mace");
        var wait = chromium.waiting();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetings-status"), "No meetings yet."));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board"), "No taskings."));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("disruption-status"), "No disruption recorded yet."));
        chromium.screenshot("mace-empty.png");
    }

    /** The pages show an instant by its day in the UK: a summer evening's note is not dated the next day. */
    @Test
    void shouldDateAnInstantByItsDayInTheUk() {
        chromium.open("/mace.html", "mace");
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("board"), "No taskings."));

        Object days = ((org.openqa.selenium.JavascriptExecutor) chromium.driver()).executeAsyncScript("const done = arguments[0];"
                + " import('/js/common.js').then(m => done([m.when('2026-07-01T23:30:00Z'), m.when('2026-01-01T23:30:00Z'),"
                + " m.when('2026-07-01'), m.when(null), m.when('<b>')]));");

        assertThat(days).asList().containsExactly("2026-07-02", "2026-01-01", "2026-07-01", "", "&lt;b&gt;");
    }
}
