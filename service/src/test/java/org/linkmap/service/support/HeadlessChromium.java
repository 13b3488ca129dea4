package org.linkmap.service.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the page tests: skipped (visibly) where it is not installed, required on CI.
 * Signs in through the login form and saves screenshots under {@code target/screenshots}.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final ChromeDriver browser;
    private final String base;

    private HeadlessChromium(ChromeDriver browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    public static HeadlessChromium start(int port) {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must install Debian's chromium and chromium-driver (see .ci/run)");
        }
        Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed: apt-get install chromium chromium-driver");
        Path profile = TestFolders.fresh("linkmap-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options), "http://127.0.0.1:" + port);
    }

    public ChromeDriver driver() {
        return browser;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** A wait of {@code seconds}, for pages whose first load does heavy work (the demo's hotspots on a busy machine). */
    public WebDriverWait waiting(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    /** The page at {@code path} of the service under test, without signing in again. */
    public void go(String path) {
        browser.get(base + path);
    }

    /** Opens {@code path}, signing in as {@code user} (password from {@link LinkmapClient#PASSWORDS}) when asked. */
    public void open(String path, String user) {
        open(path, user, LinkmapClient.PASSWORDS.get(user));
    }

    /** Opens {@code path}, signing in through the login form as {@code user} with {@code password}. */
    public void open(String path, String user, String password) {
        browser.manage().deleteAllCookies();
        browser.get(base + path);
        waiting().until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit], input[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains(path.contains("#") ? path.substring(0, path.indexOf('#')) : path));
    }

    /** The tasking dialog that a page's Task button opened, once it shows. */
    public WebElement taskingDialog() {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("tasking-dialog")));
    }

    /** Fills in the open tasking dialog with the action and the agency it goes to, and sends it. */
    public void sendTasking(WebElement dialog, String action, String agency) {
        dialog.findElement(By.name("action")).sendKeys(action);
        dialog.findElement(By.name("assignedTo")).sendKeys(agency);
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
    }

    public void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            Files.write(target.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the browser logged a Content-Security-Policy violation (an inline script or style slipped in). */
    public boolean violatedContentSecurityPolicy() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .anyMatch(entry -> entry.getMessage().contains("Content Security Policy"));
    }

    @Override
    public void close() {
        browser.quit();
    }
}
