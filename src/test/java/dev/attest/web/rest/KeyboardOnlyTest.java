package dev.attest.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import dev.attest.support.Browser;
import dev.attest.support.FormFiller;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** An owner without a mouse: the skip link, the start button and a step's answers are reached and used by keys. */
@QuarkusTest
class KeyboardOnlyTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldStartAndAnswerAStepWithTheKeyboardOnlyWithAVisibleFocus() {
        try (Browser browser = Browser.open(1280, 1000)) {
            WebDriver page = browser.driver();
            page.get(root + "?lang=en");
            Actions keys = new Actions(page);

            keys.sendKeys(Keys.TAB).perform();
            WebElement skip = page.switchTo().activeElement();
            assertThat(skip.getText()).isEqualTo("Skip to content");
            assertThat(skip.getCssValue("left")).as("the skip link comes into view when focused").isNotEqualTo("-999px");

            WebElement start = tabUntil(page, keys, "button");
            assertThat(start.getText()).isEqualTo("Start the assessment");
            assertThat(start.getCssValue("outline-style")).as("visible focus").isNotEqualTo("none");
            new FormFiller(page, null).submitWith(() -> keys.sendKeys(Keys.ENTER).perform());

            WebElement radio = tabUntil(page, keys, "main form input[type='radio']");
            assertThat(radio.getAttribute("type")).isEqualTo("radio");
            assertThat(radio.getCssValue("outline-style")).as("visible focus").isNotEqualTo("none");
            keys.sendKeys(Keys.SPACE).perform();
            assertThat(page.switchTo().activeElement().isSelected()).isTrue();

            WebElement next = tabUntil(page, keys, "button[value='next']");
            new FormFiller(page, null).submitWith(() -> keys.sendKeys(Keys.ENTER).perform());
            assertThat(next).isNotNull();
            assertThat(page.findElement(By.tagName("main")).getText()).doesNotContain("needs an answer.");
        }
    }

    /** Presses Tab until an element matching the selector has the focus (at most 200 times). */
    private static WebElement tabUntil(WebDriver page, Actions keys, String selector) {
        for (int i = 0; i < 200; i++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement focused = page.switchTo().activeElement();
            if (!page.findElements(By.cssSelector(selector)).isEmpty()
                    && page.findElements(By.cssSelector(selector)).contains(focused)) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }
}
