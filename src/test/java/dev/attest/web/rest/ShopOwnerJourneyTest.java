package dev.attest.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.support.Browser;
import dev.attest.support.ExampleFiles;
import dev.attest.support.FormFiller;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The small shoe shop of {@code examples/} in a real browser, in Russian: starts, answers the first steps, closes
 * the browser, comes back on a phone through the private link, finishes, submits and reads its results.
 */
@QuarkusTest
class ShopOwnerJourneyTest {

    private static final JsonNode SHOE_SHOP = ExampleFiles.json("shoe-shop").get("answers");

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldTakeTheShoeShopFromTheFirstStepToItsResultsAcrossALeftTab() {
        String resumeLink;
        try (Browser browser = Browser.open(1280, 1000)) {
            WebDriver page = browser.driver();
            FormFiller owner = new FormFiller(page, SHOE_SHOP);
            page.get(root + "?lang=ru");
            assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
            browser.screenshot("start-desktop");
            owner.submit(By.cssSelector("button.primary"));

            assertThat(text(page)).contains("Шаг 1 из");
            resumeLink = page.findElement(By.id("resume-link")).getAttribute("href");
            page.findElement(By.cssSelector("input[name='q.org_role'][value='controller']")).click();
            browser.screenshot("form-step-desktop");
            owner.completeStep();
            owner.completeStep();
            assertThat(text(page)).contains("Шаг 3 из");
        }
        try (Browser phone = Browser.open(390, 844)) {
            WebDriver page = phone.driver();
            FormFiller owner = new FormFiller(page, SHOE_SHOP);
            page.get(resumeLink);
            assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).as("language remembered").isEqualTo("ru");
            assertThat(page.findElement(By.cssSelector("input[name='q.org_role'][value='controller']")).isSelected()).isTrue();
            assertThat(page.findElement(By.cssSelector("input[name='q.eu_establishment'][value='yes']")).isSelected()).isTrue();
            phone.screenshot("form-step-phone");

            owner.completeAllSteps();
            assertThat(page.getCurrentUrl()).endsWith("/review");
            owner.submit(By.cssSelector("main form button[type='submit']"));

            assertThat(page.getCurrentUrl()).endsWith("/results");
            assertThat(text(page)).contains("из 100").doesNotContain("null");
            WebElement consent = page.findElement(By.xpath("//article[.//*[contains(., 'GDPR Art. 7(1)')]]"));
            assertThat(consent.getText()).contains("Галочки согласия проставлены заранее");
            phone.screenshot("results-phone");
        }
    }

    private static String text(WebDriver page) {
        return page.findElement(By.tagName("body")).getText();
    }
}
