package dev.attest.web;

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
 * The form with its script running: a conditional question appears as soon as the answers above call for it, and
 * typed answers are saved while the owner types, so a reload finds them.
 */
@QuarkusTest
class FormScriptsBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldShowConditionalQuestionsLiveAndKeepTypedAnswersWithoutSubmitting() {
        try (Browser browser = Browser.open(1280, 1000)) {
            WebDriver page = browser.driver();
            page.get(root + "?lang=en");
            WebElement start = page.findElement(By.tagName("html"));
            page.findElement(By.cssSelector("button.primary")).click();
            new WebDriverWait(page, WAIT).until(ExpectedConditions.stalenessOf(start));
            String step = page.findElement(By.id("resume-link")).getAttribute("href");
            WebElement samePage = page.findElement(By.tagName("html"));

            By representative = By.cssSelector("[data-q='q.eu_representative']");
            assertThat(page.findElement(representative).isDisplayed()).isFalse();
            assertThat(page.findElement(representative).getAttribute("hidden")).isNotNull();
            page.findElement(By.id("f-q-eu_establishment-no")).click();
            page.findElement(By.id("f-q-offers_to_eu-yes")).click();
            new WebDriverWait(page, WAIT).until(ExpectedConditions.visibilityOfElementLocated(representative));
            assertThat(page.findElement(representative).getAttribute("hidden")).isNull();
            // Answering "yes, established in the EU" hides the questions for businesses outside it again.
            page.findElement(By.id("f-q-eu_establishment-yes")).click();
            new WebDriverWait(page, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(representative));
            assertThat(page.findElement(By.cssSelector("[data-q='q.offers_to_eu']")).isDisplayed()).isFalse();
            page.findElement(By.id("f-q-eu_establishment-no")).click();
            new WebDriverWait(page, WAIT).until(ExpectedConditions.visibilityOfElementLocated(representative));
            assertThat(ExpectedConditions.stalenessOf(samePage).apply(page)).as("no page load").isFalse();
            waitForSaved(page);
            browser.screenshot("form-live-condition");

            page.get(step.replace("/s/organisation", "/s/practices"));
            WebElement employees = page.findElement(By.id("f-q-employee_count"));
            employees.sendKeys("12");
            waitForSaved(page);
            browser.screenshot("form-autosaved");

            page.navigate().refresh();
            assertThat(page.findElement(By.id("f-q-employee_count")).getAttribute("value")).isEqualTo("12");
            page.get(step);
            assertThat(page.findElement(By.id("f-q-eu_establishment-no")).isSelected()).isTrue();
            assertThat(page.findElement(By.id("f-q-offers_to_eu-yes")).isSelected()).isTrue();
            assertThat(page.findElement(representative).isDisplayed()).isTrue();
        }
    }

    private static void waitForSaved(WebDriver page) {
        new WebDriverWait(page, WAIT).until(ExpectedConditions.textMatches(By.id("save-status"),
                java.util.regex.Pattern.compile("Saved at \\d")));
    }
}
