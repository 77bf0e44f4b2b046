package dev.attest.support;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Answers the web form in a real browser the way an owner would, from an example's answers: clicks the radio
 * buttons and boxes, picks options, types numbers and texts, adds group entries, and moves on step by step.
 */
public final class FormFiller {

    private static final Pattern GROUP_FIELD = Pattern.compile("g\\.([a-z0-9_]+)\\.(\\d+)\\.([a-z0-9_]+)");

    private final WebDriver page;
    private final JsonNode answers;

    public FormFiller(WebDriver page, JsonNode answers) {
        this.page = page;
        this.answers = answers;
    }

    /** Answers the current step and saves it; the step may come back once more when an answer opened new questions. */
    public void completeStep() {
        String step = page.findElement(By.tagName("h1")).getText();
        for (int pass = 0; pass < 12; pass++) {
            // An answer may show further questions at once (the page's script): answer until nothing changes.
            Set<String> answered = new HashSet<>();
            for (int round = 0; round < 5 && fillVisibleFields(answered) > 0; round++) {
                // keep answering what appeared
            }
            Optional<String> group = groupMissingAnEntry();
            if (group.isPresent()) {
                submit(By.cssSelector("button[name='action'][value='add." + group.get() + "']"));
                continue;
            }
            submit(By.cssSelector("button[name='action'][value='next']"));
            List<WebElement> errors = page.findElements(By.cssSelector("p.error"));
            if (!errors.isEmpty()) {
                throw new AssertionError("The step '" + step + "' refused the answers: "
                        + errors.stream().map(WebElement::getText).toList());
            }
            if (!onStep() || !page.findElement(By.tagName("h1")).getText().equals(step)) {
                return;
            }
        }
        throw new AssertionError("The step '" + step + "' did not move on; the page reads:\n"
                + page.findElement(By.tagName("main")).getText());
    }

    /** Answers step after step until the review page. */
    public void completeAllSteps() {
        for (int steps = 0; steps < 40 && onStep(); steps++) {
            completeStep();
        }
        if (onStep()) {
            throw new AssertionError("Still on a step after 40 steps: " + page.getCurrentUrl());
        }
    }

    public boolean onStep() {
        return page.getCurrentUrl().contains("/s/");
    }

    /** Clicks a submit button and waits until the next page has replaced this one. */
    public void submit(By button) {
        submitWith(() -> page.findElement(button).click());
    }

    /** Does what sends the form (a click, a key) and waits until the next page has replaced this one. */
    public void submitWith(Runnable send) {
        WebElement current = page.findElement(By.tagName("html"));
        send.run();
        new WebDriverWait(page, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(50)).until(driver -> replaced(current));
    }

    /**
     * Reads the page once and touches only the fields whose state differs from the example, so a step of sixty
     * boxes costs a handful of browser calls. Fields inside a hidden block are not shown to the owner: left alone.
     *
     * @param answered ids of the fields set on this page already: the page source does not show typed state
     * @return how many fields were changed
     */
    private int fillVisibleFields(Set<String> answered) {
        int changed = 0;
        Document html = Jsoup.parse(page.getPageSource());
        for (Element field : html.select("main form input[name], main form select[name], main form textarea[name]")) {
            String name = field.attr("name");
            if ("hidden".equals(field.attr("type")) || !(name.startsWith("q.") || name.startsWith("g."))
                    || field.parents().stream().anyMatch(parent -> parent.hasAttr("hidden")) || answered.contains(field.id())) {
                continue;
            }
            JsonNode expected = answerFor(name);
            if (expected == null || expected.isNull()) {
                continue;
            }
            answered.add(field.id());
            Runnable change = change(field, expected);
            if (change != null) {
                try {
                    change.run();
                    changed++;
                } catch (ElementNotInteractableException hiddenMeanwhile) {
                    // an answer given a moment ago on this page hid this question: nothing to answer
                }
            }
        }
        return changed;
    }

    /** What makes a field say the example's answer, or null when it says it already. */
    private Runnable change(Element field, JsonNode expected) {
        String type = field.attr("type");
        String value = field.attr("value");
        String wanted = formValue(expected);
        By located = By.id(field.id());
        if ("radio".equals(type)) {
            return value.equals(wanted) && !field.hasAttr("checked") ? () -> page.findElement(located).click() : null;
        }
        if ("checkbox".equals(type)) {
            boolean ticked = expected.isArray() && contains(expected, value);
            return field.hasAttr("checked") != ticked ? () -> page.findElement(located).click() : null;
        }
        if ("select".equals(field.tagName())) {
            Element selected = field.selectFirst("option[selected]");
            return selected != null && selected.attr("value").equals(wanted) ? null
                    : () -> new Select(page.findElement(located)).selectByValue(wanted);
        }
        String current = "textarea".equals(field.tagName()) ? field.text() : value;
        return wanted.equals(current) ? null : () -> {
            WebElement input = page.findElement(located);
            input.clear();
            input.sendKeys(wanted);
        };
    }

    private Optional<String> groupMissingAnEntry() {
        Document html = Jsoup.parse(page.getPageSource());
        for (Element add : html.select("button[name=action][value^=add.]")) {
            String group = add.attr("value").substring(4);
            TreeSet<Integer> shown = new TreeSet<>();
            for (Element field : html.select("[name^=g." + group + ".]")) {
                Matcher m = GROUP_FIELD.matcher(field.attr("name"));
                if (m.matches()) {
                    shown.add(Integer.parseInt(m.group(2)));
                }
            }
            JsonNode entries = answers.get(group);
            if (entries != null && entries.size() > shown.size()) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    /** Whether the page of this element has gone; this Chromium reports a gone node as an inspector error. */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    private JsonNode answerFor(String name) {
        Matcher m = GROUP_FIELD.matcher(name);
        if (m.matches()) {
            JsonNode entries = answers.get(m.group(1));
            int index = Integer.parseInt(m.group(2));
            return entries == null || index >= entries.size() ? null : entries.get(index).get(m.group(3));
        }
        return answers.get(name.substring(2));
    }

    private static String formValue(JsonNode value) {
        return value.isBoolean() ? (value.booleanValue() ? "yes" : "no") : value.asText();
    }

    private static boolean contains(JsonNode list, String value) {
        for (JsonNode item : list) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
