package dev.attest.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.draft.service.DraftService;
import dev.attest.support.Browser;
import dev.attest.support.ExampleFiles;
import dev.attest.support.FormFiller;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The whole form with JavaScript switched off, as the well-run bookshop of {@code examples/}: every step, the
 * review and the results work from plain HTML forms, and a well-run business is told it has no gaps.
 */
@QuarkusTest
class NoScriptJourneyTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    DraftService drafts;

    @Test
    void shouldCompleteTheWholeFormWithoutJavaScript() {
        try (Browser browser = Browser.withoutJavaScript(1280, 1000)) {
            WebDriver page = browser.driver();
            FormFiller owner = new FormFiller(page, ExampleFiles.json("well-run-bookshop").get("answers"));
            page.get(root + "?lang=en");
            owner.submit(By.cssSelector("button.primary"));
            assertThat(page.findElement(By.tagName("body")).getText()).contains("Step 1 of");

            owner.completeAllSteps();
            assertThat(page.getCurrentUrl()).endsWith("/review");
            owner.submit(By.cssSelector("main form button[type='submit']"));

            assertThat(page.getCurrentUrl()).endsWith("/results");
            String results = page.findElement(By.tagName("main")).getText();
            assertThat(results).contains("100 of 100").contains("No gaps found.");
            browser.screenshot("results-no-findings-desktop");
        }
    }

    @Test
    void shouldSaveATickOfTheActionPlanWithoutJavaScript() {
        try (Browser browser = Browser.withoutJavaScript(1280, 1000)) {
            WebDriver page = browser.driver();
            FormFiller owner = new FormFiller(page, ExampleFiles.json("shoe-shop").get("answers"));
            page.get(root + "?lang=en");
            owner.submit(By.cssSelector("button.primary"));
            // The steps are walked in the other journeys; here the shoe shop's answers are saved directly.
            String link = page.findElement(By.id("resume-link")).getAttribute("href");
            String token = link.replaceAll(".*/d/([^/]+)/.*", "$1");
            drafts.saveAnswers(drafts.find(token).orElseThrow(),
                    (ObjectNode) ExampleFiles.json("shoe-shop").get("answers"), List.of(), null);
            page.get(link.replaceAll("/s/.*", "/review"));
            owner.submit(By.cssSelector("main form button[type='submit']"));

            By consent = By.id("finding-GDPR-ART7-PRETICKED");
            WebElement firstStep = page.findElement(consent).findElement(By.cssSelector("input[name='done']"));
            String stepId = firstStep.getAttribute("id");
            firstStep.click();
            owner.submit(By.cssSelector("#finding-GDPR-ART7-PRETICKED button.save-plan"));
            assertThat(page.getCurrentUrl()).endsWith("/results#finding-GDPR-ART7-PRETICKED");
            assertThat(page.findElement(By.id(stepId)).isSelected()).isTrue();
            assertThat(page.findElement(By.id("progress-GDPR-ART7-PRETICKED")).getText()).startsWith("1 of");
        }
    }
}
