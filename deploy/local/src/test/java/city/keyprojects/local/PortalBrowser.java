package city.keyprojects.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in headless Chromium — Debian's {@code chromium} driven through its {@code chromedriver}, both found
 * on the machine (nothing is downloaded). Screenshots go to {@code target/portal-screenshots}; the browser's
 * console is kept so that a journey can assert it logged no error (a failed request logs one).
 */
final class PortalBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "portal-screenshots");
    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    final WebDriver driver;

    private PortalBrowser(WebDriver driver) {
        this.driver = driver;
    }

    /** A headless browser, or empty when this machine has no chromium and chromedriver (the caller says so). */
    static Optional<PortalBrowser> open() {
        Optional<String> browser = first(BROWSERS);
        Optional<String> chromedriver = first(DRIVERS);
        if (browser.isEmpty() || chromedriver.isEmpty()) {
            return Optional.empty();
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver.get()).toFile()).build();
        return Optional.of(new PortalBrowser(new ChromeDriver(service, options)));
    }

    static String missing() {
        return "no chromium and chromedriver on this machine (Debian packages chromium, chromium-driver)";
    }

    WebElement waitFor(By locator, Predicate<WebElement> ready) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(page -> {
            List<WebElement> found = page.findElements(locator);
            return found.isEmpty() || !ready.test(found.get(0)) ? null : found.get(0);
        });
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The console errors since the last call (failed requests included). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Optional<String> first(List<String> candidates) {
        return candidates.stream().filter(path -> Files.isExecutable(Path.of(path)))
                .findFirst();
    }
}
