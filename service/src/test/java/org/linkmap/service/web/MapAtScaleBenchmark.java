package org.linkmap.service.web;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.linkmap.service.support.TestFolders;

/**
 * How long the map takes, in Chromium, from navigation to hotspots and clustered markers drawn, against a running
 * service holding a year of incidents. Not a test (its name keeps it out of {@code mvn verify}); run by
 * {@code tools/bench/map-at-scale.sh}, which starts the service, imports the year and passes
 * {@code -Dlinkmap.bench.url} and {@code -Dlinkmap.bench.password}. Prints each run and the median.
 */
class MapAtScaleBenchmark {

    static final int RUNS = 5;

    @Test
    void measureNavigationToDrawnHotspots() throws Exception {
        String base = System.getProperty("linkmap.bench.url", "http://127.0.0.1:18080");
        String password = System.getProperty("linkmap.bench.password", "bench-pass");
        ChromeOptions options = new ChromeOptions().setBinary(new File("/usr/bin/chromium")).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1400,900",
                "--user-data-dir=" + TestFolders.fresh("linkmap-bench-chromium"));
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
            browser.get(base + "/login");
            browser.findElement(By.name("username")).sendKeys(System.getProperty("linkmap.bench.user", "mace"));
            browser.findElement(By.name("password")).sendKeys(password);
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
            for (String view : new String[] {"/map.html", "/map.html?from=2026-11-01&to=2026-11-30&area=BLACKPOOL"}) {
                List<Long> times = new ArrayList<>();
                for (int run = 0; run <= RUNS; run++) {
                    browser.get(base + view);
                    wait.until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-hotspots-drawn-ms") != null);
                    long drawn = Long.parseLong(browser.findElement(By.tagName("body")).getDomAttribute("data-hotspots-drawn-ms"));
                    String status = browser.findElement(By.id("status")).getText();
                    System.out.printf("%s run %d: hotspots and markers drawn %d ms after navigation (%s)%n", view, run, drawn, status);
                    if (run > 0) {
                        times.add(drawn);
                    }
                }
                Collections.sort(times);
                System.out.printf("%s: median %d ms, min %d, max %d over %d warm runs%n", view, times.get(times.size() / 2),
                        times.get(0), times.get(times.size() - 1), times.size());
            }
        } finally {
            browser.quit();
        }
    }
}
