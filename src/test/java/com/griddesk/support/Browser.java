package com.griddesk.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven by its chromedriver, for the flows a person clicks through.
 * Tests that need it are skipped, with the reason, where the two packages are not installed.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    private Browser(ChromeDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** A desktop-sized browser against the application on {@code port}; skips the test without chromium. */
    public static Browser open(int port) {
        return open(port, new Dimension(1400, 1000));
    }

    public static Browser open(int port, Dimension size) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        try {
            Path profile = Files.createTempDirectory("griddesk-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--lang=zh-CN", "--user-data-dir=" + profile,
                    "--window-size=" + size.getWidth() + "," + size.getHeight());
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            return new Browser(driver, "http://localhost:" + port, profile);
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base + path);
    }

    /** Logs in through the login page as a demo user, leaving any earlier session. */
    public void loginAs(String user) {
        driver.manage().deleteAllCookies();
        go("/login");
        find(By.id("username")).sendKeys(user);
        find(By.id("password")).sendKeys(ApiClient.DEMO_PASSWORD);
        find(By.id("login")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
    }

    /**
     * Clicks the element as a person would: scrolled to the middle of the window first, found again
     * if htmx replaced it meanwhile, tried again if something briefly covered it.
     */
    public void click(By by) {
        htmxQuiet();
        int[] intercepted = { 0 };
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    WebElement element = d.findElement(by);
                    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                    try {
                        element.click();
                    }
                    catch (org.openqa.selenium.ElementClickInterceptedException e) {
                        // a sticky bar or a card growing under htmx still covers it after several scrolls:
                        // the element is there and enabled, so click it as the page's own script would
                        if (++intercepted[0] < 5) {
                            return false;
                        }
                        driver.executeScript("arguments[0].click()", element);
                    }
                    return true;
                });
    }

    /**
     * Waits until no htmx request is in flight and no swap is settling: a fragment arriving between
     * locating an element and clicking it moves the element, and the click lands on its neighbour.
     */
    public void htmxQuiet() {
        waitUntil(d -> (Boolean) driver.executeScript(
                "return !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')"));
    }

    /** The element's text, read again if the page replaced the element while it was read. */
    public String text(By by) {
        // a little longer than for a click: the text is often that of the page a submit leads to
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element = d.findElement(by);
                    return element.isDisplayed() ? element.getText() : null;
                });
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        catch (java.io.IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
