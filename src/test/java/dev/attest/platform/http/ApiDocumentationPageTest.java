package dev.attest.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.attest.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The API documentation a consultant opens first, rendered by a real browser. */
@QuarkusTest
class ApiDocumentationPageTest {

    @TestHTTPResource("/q/swagger-ui/")
    URL swaggerUi;

    @Test
    void shouldShowTheAttestApiInSwaggerUi() {
        try (Browser browser = Browser.open(1280, 900)) {
            browser.driver().get(swaggerUi.toString());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".info .title"), "Attest API"));
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("/api/v1/evaluations");
            assertThat(browser.screenshot("api-documentation-desktop")).exists();
        }
    }
}
