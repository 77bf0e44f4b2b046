package dev.attest.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.attest.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A shop owner in a real browser: starts in Russian, answers the first
 * step, closes the browser, and comes back on a phone through the private link to find the answers kept.
 */
@QuarkusTest
class ShopOwnerJourneyTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldKeepTheAnswersOfALeftFormAndResumeThemFromThePrivateLink() {
        String resumeLink;
        try (Browser browser = Browser.open(1280, 1000)) {
            WebDriver page = browser.driver();
            page.get(root + "?lang=ru");
            assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
            browser.screenshot("start-desktop");
            submit(page, By.cssSelector("button.primary"));

            assertThat(page.findElement(By.tagName("body")).getText()).contains("Шаг 1 из");
            resumeLink = page.findElement(By.id("resume-link")).getAttribute("href");
            page.findElement(By.cssSelector("input[name='q.org_role'][value='controller']")).click();
            page.findElement(By.cssSelector("input[name='q.eu_establishment'][value='yes']")).click();
            browser.screenshot("form-step-desktop");
            submit(page, By.cssSelector("button[name='action'][value='next']"));
            // An answer that changes which questions this step asks shows the step once more, saved, as it now is.
            if (page.findElement(By.tagName("body")).getText().contains("Шаг 1 из")) {
                assertThat(page.findElement(By.cssSelector("input[name='q.org_role'][value='controller']")).isSelected()).isTrue();
                submit(page, By.cssSelector("button[name='action'][value='next']"));
            }
            assertThat(page.findElement(By.tagName("body")).getText()).contains("Шаг 2 из");
        }
        try (Browser phone = Browser.open(390, 844)) {
            WebDriver page = phone.driver();
            page.get(resumeLink + (resumeLink.contains("?") ? "&" : "?") + "lang=ru");
            assertThat(page.findElement(By.cssSelector("input[name='q.org_role'][value='controller']")).isSelected()).isTrue();
            assertThat(page.findElement(By.cssSelector("input[name='q.eu_establishment'][value='yes']")).isSelected()).isTrue();
            phone.screenshot("form-step-phone");
        }
    }

    /** Clicks a submit button and waits until the next page has replaced this one. */
    private static void submit(WebDriver page, By button) {
        WebElement current = page.findElement(By.tagName("html"));
        page.findElement(button).click();
        new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(current));
    }
}
