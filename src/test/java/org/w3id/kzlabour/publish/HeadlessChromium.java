package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium ({@code apt-get install chromium chromium-driver}) driven through
 * {@code /usr/bin/chromedriver} for the browser tests; nothing downloads a browser. Without Chromium
 * the test class is skipped, except under {@code CI=true}, where that is a failure. Each browser has
 * its own throw-away profile. Screenshots go to {@code target/screenshots}; with
 * {@code -Dkg.docs.screenshots=true} they are also copied into the docs folder given.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser with a window of this size, or the test skipped (failed under CI) when Chromium is missing. */
    static HeadlessChromium open(int width, int height) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            if ("true".equals(System.getenv("CI")))
                fail("Chromium is required in CI: apt-get install -y chromium chromium-driver");
            Assumptions.assumeTrue(false, "Chromium not installed (apt-get install -y chromium chromium-driver); browser tests skipped");
        }
        Path profile = Files.createTempDirectory("kg-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
        return new HeadlessChromium(driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Saves the window as {@code target/screenshots/NAME}, and into {@code docsFolder} when docs screenshots are asked for. */
    void screenshot(String name, Path docsFolder) throws IOException {
        Path file = SHOTS.resolve(name);
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        if ("true".equals(System.getProperty("kg.docs.screenshots"))) {
            Files.createDirectories(docsFolder);
            Files.copy(file, docsFolder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
