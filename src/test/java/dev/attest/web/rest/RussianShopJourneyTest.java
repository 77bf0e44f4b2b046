package dev.attest.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.draft.service.DraftService;
import dev.attest.support.Browser;
import dev.attest.support.ExampleFiles;
import dev.attest.support.FormFiller;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The Russian web shop of {@code examples/} in a browser set to Russian, as its owner's is: the form speaks Russian
 * without being asked, asks the step on 152-FZ, and the results and the PDF report show the critical localisation
 * finding with its steps, GDPR as not applicable with the reason, and the Russian clocks.
 */
@QuarkusTest
class RussianShopJourneyTest {

    private static final ObjectNode RUSSIAN_SHOP = (ObjectNode) ExampleFiles.json("russian-web-shop").get("answers");
    private static final Pattern DRAFT_LINK = Pattern.compile("/d/([A-Za-z0-9_-]+)/s/");
    /** The questions of the step on Russian law, answered in the browser. */
    private static final List<String> RUSSIA_SECTION = List.of("ru_database_location", "ru_transfers_abroad",
            "ru_transfer_notice", "ru_rkn_notification", "ru_rkn_changes", "ru_consent_form", "ru_special_consent",
            "ru_biometric_alternative", "ru_policy", "ru_organisational_measures", "ru_security_measures",
            "ru_leak_notice_hours", "ru_leak_report_hours", "ru_destruction");

    @TestHTTPResource("/")
    URL root;

    @Inject
    DraftService drafts;

    @Test
    void shouldTakeTheRussianShopThroughTheFormToItsFindingsAndReportInRussian() throws Exception {
        try (Browser browser = Browser.speaking("ru-RU,ru", 1280, 1000)) {
            WebDriver page = browser.driver();
            FormFiller owner = new FormFiller(page, RUSSIAN_SHOP);
            page.get(root.toString());
            assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).as("Russian without ?lang=ru").isEqualTo("ru");
            assertThat(text(page)).contains("закон о персональных данных (152-ФЗ)");
            owner.submit(By.cssSelector("button.primary"));
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("О вашем бизнесе");
            owner.completeStep();

            // The steps in between are the shoe shop's journey (ShopOwnerJourneyTest); here they are saved directly,
            // and the owner answers the step on Russian law in the browser.
            Matcher link = DRAFT_LINK.matcher(page.getCurrentUrl());
            assertThat(link.find()).as("draft link in %s", page.getCurrentUrl()).isTrue();
            String draft = link.group(1);
            ObjectNode others = RUSSIAN_SHOP.deepCopy();
            RUSSIA_SECTION.forEach(others::remove);
            drafts.saveAnswers(drafts.find(draft).orElseThrow(), others, List.of(), null);
            page.get(root + "d/" + draft + "/s/russia");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Россия: закон о персональных данных (152-ФЗ)");
            assertThat(text(page)).contains("Где сначала записываются и хранятся персональные данные людей из России")
                    .contains("Подали ли вы в Роскомнадзор уведомление об обработке персональных данных?");
            owner.completeStep();
            page.get(root + "d/" + draft + "/review");
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
