package dev.attest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven through Debian's chromedriver, both named explicitly so that nothing is
 * downloaded. Where they are missing the test is skipped with a notice that names what to install.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("attest.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("attest.chromedriver", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A fresh headless browser with a window of the given size, or the test is skipped with a notice. */
    public static Browser open(int width, int height) {
        return open(width, height, true, null);
    }

    /** As {@link #open(int, int)}, with JavaScript switched off in the pages, as some owners browse. */
    public static Browser withoutJavaScript(int width, int height) {
        return open(width, height, false, null);
    }

    /** As {@link #open(int, int)}, set up to ask sites for these languages, e.g. {@code ru-RU,ru} as a Russian browser does. */
    public static Browser speaking(String acceptLanguages, int width, int height) {
        return open(width, height, true, acceptLanguages);
    }

    private static Browser open(int width, int height, boolean javaScript, String acceptLanguages) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String notice = "NOTICE: browser tests skipped: " + CHROMIUM + " or " + DRIVER
                    + " is missing (apt-get install chromium chromium-driver; .ci/run does it)";
            System.err.println(notice);
            Assumptions.abort(notice);
        }
        try {
            Path profile = Files.createTempDirectory("attest-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-quic", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
            java.util.Map<String, Object> prefs = new java.util.HashMap<>();
            if (!javaScript) {
                prefs.put("profile.managed_default_content_settings.javascript", 2);
            }
            if (acceptLanguages != null) {
                prefs.put("intl.accept_languages", acceptLanguages);
                options.addArguments("--lang=" + acceptLanguages.split(",")[0]);
            }
            if (!prefs.isEmpty()) {
                options.setExperimentalOption("prefs", prefs);
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(width, height));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Writes a PNG of the current page to {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a PNG of the whole page, not just the window: the window is stretched to the page's height (at most
     * 6000 pixels) for the picture and put back afterwards.
     */
    public Path fullPageScreenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        int height = driver.findElement(org.openqa.selenium.By.tagName("html")).getSize().getHeight();
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.min(Math.max(height, window.getHeight()), 6000)));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
