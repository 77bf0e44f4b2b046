package dev.attest.web.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.draft.Draft;
import dev.attest.draft.service.DraftService;
import dev.attest.support.ExampleFiles;
import io.restassured.response.Response;

/** What the web-form tests do as a visitor: start a draft, read a form's CSRF field, submit a whole business. */
final class WebDrafts {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** A started draft: its step URL, the CSRF cookie and form token. */
    record Started(String location, String token, String csrfCookie, String csrf) {
    }

    private WebDrafts() {
    }

    static Started start() {
        Response home = given().get("/");
        home.then().statusCode(200).header("Content-Security-Policy", containsString("script-src 'self'"));
        String cookie = home.getCookie("csrf-token");
        String csrf = field(home.asString());
        Response created = given().redirects().follow(false).cookie("csrf-token", cookie)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf).post("/drafts");
        created.then().statusCode(303);
        String location = created.getHeader("Location");
        Matcher m = Pattern.compile("/d/([A-Za-z0-9_-]+)/s/").matcher(location);
        assertThat(m.find()).isTrue();
        return new Started(location.replaceAll("^https?://[^/]+", ""), m.group(1), cookie, csrf);
    }

    static String field(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("CSRF field in form").isTrue();
        return m.group(1);
    }

    /** The CSRF cookie a page set, or the one the visitor already holds. */
    static String cookieOf(Response page, Started draft) {
        String cookie = page.getCookie("csrf-token");
        return cookie != null ? cookie : draft.csrfCookie();
    }

    /** Saves an example business's answers into the draft and submits them from the review page. */
    static Response submitExample(DraftService drafts, Started draft, String example) {
        Draft stored = drafts.find(draft.token()).orElseThrow();
        ObjectNode answers = (ObjectNode) ExampleFiles.json(example).get("answers");
        drafts.saveAnswers(stored, answers, List.of(), null);
        Response reviewResponse = given().get("/d/" + draft.token() + "/review");
        return given().cookie("csrf-token", cookieOf(reviewResponse, draft)).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", field(reviewResponse.asString())).post("/d/" + draft.token() + "/submit");
    }
}
