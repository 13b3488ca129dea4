package org.linkmap.service.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A page test against the harness: a fresh headless Chromium for each test, and a screenshot of where the page
 * was left when the test ended (passed or failed), named by {@link #lastScreenshot()}.
 */
public abstract class BrowserTestSupport extends ApiTestSupport {

    protected HeadlessChromium chromium;

    @BeforeEach
    void startBrowser() {
        chromium = HeadlessChromium.start(port);
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            String last = lastScreenshot();
            if (last != null) {
                chromium.screenshot(last);
            }
            chromium.close();
        }
    }

    /** The file the final state is saved to under {@code target/screenshots}, or null for none. */
    protected String lastScreenshot() {
        return null;
    }
}
