package dev.attest.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.support.Browser;
import dev.attest.support.ExampleFiles;
import dev.attest.support.FormFiller;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The Russian web shop of {@code examples/} in a browser set to Russian, as its owner's is: the form speaks Russian
 * without being asked, includes the step on 152-FZ, and the results and the PDF report show the critical localisation
 * finding with its steps, GDPR as not applicable with the reason, and the Russian clocks.
 */
@QuarkusTest
class RussianShopJourneyTest {

    private static final JsonNode RUSSIAN_SHOP = ExampleFiles.json("russian-web-shop").get("answers");

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldTakeTheRussianShopThroughTheFormToItsFindingsAndReportInRussian() throws Exception {
        try (Browser browser = Browser.speaking("ru-RU,ru", 1280, 1000)) {
            WebDriver page = browser.driver();
            FormFiller owner = new FormFiller(page, RUSSIAN_SHOP);
            page.get(root.toString());
            assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).as("Russian without ?lang=ru").isEqualTo("ru");
            assertThat(text(page)).contains("закон о персональных данных (152-ФЗ)");
            owner.submit(By.cssSelector("button.primary"));

            List<String> steps = new ArrayList<>();
            for (int step = 0; step < 40 && owner.onStep(); step++) {
                steps.add(page.findElement(By.tagName("h1")).getText());
                owner.completeStep();
            }
            assertThat(steps).contains("О вашем бизнесе", "Россия: закон о персональных данных (152-ФЗ)");
            owner.submit(By.cssSelector("main form button[type='submit']"));

            assertThat(page.getCurrentUrl()).endsWith("/results");
            assertThat(text(page)).contains("Закон о персональных данных (152-ФЗ)").contains("Не применяется")
                    .contains("У вас нет присутствия в ЕС").doesNotContain("null");
            String localisation = page.findElement(By.id("finding-RU152-ART18-5-LOCALISATION")).getText();
            assertThat(localisation).contains("Данные людей из России собираются в базы за рубежом")
                    .contains("Важность: критическая").contains("152-FZ Art. 18(5)")
                    .contains("Только в базах данных за пределами России").doesNotContain(": abroad")
                    .contains("Перенесите основную базу данных людей из России на серверы в России");
            browser.fullPageScreenshot("results-russian-shop-desktop");

            String report = pdfText(page.findElement(By.cssSelector("a[href*='/report.pdf']")).getAttribute("href"));
            assertThat(report).contains("Отчёт о самооценке").contains("Данные людей из России собираются в базы за рубежом")
                    .contains("152-FZ Art. 18(5)").contains("Перенесите основную базу данных людей из России")
                    .contains("Закон о персональных данных (152-ФЗ)")
                    .contains("10 рабочих дн., не меньше 14 календарных дн. (152-FZ, 152-FZ Art. 20(1))");
        }
    }

    /** The PDF behind the download link, as text with its line breaks joined. */
    private static String pdfText(String href) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String text(WebDriver page) {
        return page.findElement(By.tagName("body")).getText();
    }
}
