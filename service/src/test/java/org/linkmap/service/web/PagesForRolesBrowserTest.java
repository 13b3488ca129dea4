package org.linkmap.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.BrowserTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A page of the menu opened by a role it is not for (a bookmark, a shared link, a typed address) says so and
 * offers the pages that role can use, instead of showing controls whose requests the service refuses.
 */
@HarnessTest
class PagesForRolesBrowserTest extends BrowserTestSupport {

    /** Each role, and the pages of the menu that are not for it. */
    private static final Map<String, List<String>> NOT_FOR = Map.of(
            "agency", List.of("/map.html", "/risk-document.html", "/problem-profile.html", "/network.html", "/location.html?id=x"),
            "admin", List.of("/map.html", "/mace.html", "/risk-document.html", "/problem-profile.html", "/submit.html", "/network.html",
                    "/location.html?id=x"));

    @Override
    protected String lastScreenshot() {
        return "pages-for-roles-last.png";
    }

    @Test
    void shouldSayAPageIsNotOpenToTheRoleAndOfferThePagesItCanUse() {
        NOT_FOR.forEach((user, pages) -> pages.forEach(page -> {
            chromium.open(page, user);
            WebElement notice = chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main.not-for-role")));
            assertThat(notice.findElement(By.tagName("h1")).getText()).as(user + " on " + page).endsWith("is not open to your role");
            assertThat(chromium.driver().findElements(By.tagName("main"))).as("the page's own content is gone").hasSize(1);
            assertThat(chromium.driver().findElements(By.cssSelector("form:not(.logout)"))).as(user + " on " + page).isEmpty();
            List<String> offered = notice.findElements(By.cssSelector("li a")).stream().map(a -> a.getDomAttribute("href")).toList();
            assertThat(offered).as(user + " on " + page).contains("/swagger-ui.html").doesNotContain(page.split("\\?")[0]);
            if (user.equals("agency")) {
                assertThat(offered).contains("/submit.html", "/mace.html");
            }
        }));
        chromium.screenshot("page-not-for-role.png");
        assertThat(chromium.driver().manage().logs().get(LogType.BROWSER).getAll())
                .as("no request the role would be refused was made")
                .noneMatch(entry -> entry.getMessage().contains("status of 403"));
    }

    @Test
    void shouldOpenThePageForARoleItIsFor() {
        chromium.open("/mace.html", "agency");
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-status"), "taskings"));
        assertThat(chromium.driver().findElements(By.cssSelector("main.not-for-role"))).isEmpty();
        assertThat(chromium.driver().findElement(By.id("who")).getDomAttribute("title")).isEqualTo("agency (agency user · BLACKPOOL_CSC)");
    }

    @Test
    void shouldNameTheRoleAndTheMembersAreasInTheHeader() {
        chromium.open("/mace.html", "mace");
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "·"));
        assertThat(chromium.driver().findElement(By.id("who")).getDomAttribute("title"))
                .isEqualTo("mace (MACE member · Blackpool, Lancashire Central, Lancashire North)");
    }
}
