package dev.attest.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.support.Browser;
import dev.attest.support.ExampleFiles;
import dev.attest.support.FormFiller;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The small shoe shop of {@code examples/} in a real browser, in Russian: starts, answers the first steps, closes
 * the browser, comes back on a phone through the private link, finishes, submits, reads its results, ticks a step
 * of its action plan (kept after a reload) and reads its PDF report.
 */
@QuarkusTest
class ShopOwnerJourneyTest {

    private static final JsonNode SHOE_SHOP = ExampleFiles.json("shoe-shop").get("answers");

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldTakeTheShoeShopFromTheFirstStepToItsResultsAcrossALeftTab() throws Exception {
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
            WebElement consent = page.findElement(By.id("finding-GDPR-ART7-PRETICKED"));
            assertThat(consent.getText()).contains("Галочки согласия проставлены заранее").contains("GDPR Art. 7(1)")
                    .contains("Важность: высокая");
            phone.fullPageScreenshot("results-phone");

            // The page's script saves a tick at once; after a reload the step is still ticked.
            WebElement firstStep = consent.findElement(By.cssSelector("input[type='checkbox'][name='done']"));
            String stepId = firstStep.getAttribute("id");
            firstStep.click();
            new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElement(
                    consent.findElement(By.cssSelector(".saved")), "Сохранено"));
            page.navigate().refresh();
            assertThat(page.findElement(By.id(stepId)).isSelected()).isTrue();
            assertThat(page.findElement(By.id("progress-GDPR-ART7-PRETICKED")).getText()).startsWith("Сделано шагов: 1 из");

            String report = pdfText(page.findElement(By.cssSelector("a[href*='/report.pdf']")).getAttribute("href"));
            assertThat(report).contains("Отчёт о самооценке").contains("Галочки согласия проставлены заранее")
                    .contains("GDPR Art. 7(1)").contains("87");
        }
        try (Browser desktop = Browser.open(1280, 1000)) {
            desktop.driver().get(resumeLink.replaceAll("/s/.*", "/results"));
            desktop.fullPageScreenshot("results-desktop");
        }
    }

    /** The PDF behind a download link, as text: a download needs only the private link, no cookie. */
    private static String pdfText(String href) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String text(WebDriver page) {
        return page.findElement(By.tagName("body")).getText();
    }
}
