package dev.attest.web.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.draft.service.DraftService;
import io.quarkus.test.junit.QuarkusTest;

/** {@code POST /d/{token}/s/{section}/autosave}: what the page's script posts while the owner types. */
@QuarkusTest
class DraftPagesAutosaveTest {

    @Inject
    DraftService drafts;

    private ObjectNode saved(FormSession session) {
        return drafts.answers(drafts.find(session.token()).orElseThrow());
    }

    @Test
    void shouldSaveValidAnswersAndNameTheInvalidOnes() {
        FormSession session = FormSession.start();
        session.form().formParam("q.org_role", "controller").formParam("q.eu_establishment", "yes")
                .post(session.step("organisation") + "/autosave")
                .then().statusCode(200).contentType("application/json")
                .body("saved", is(true), "invalid", empty());
        ObjectNode answers = saved(session);
        assertThat(answers.get("org_role").asText()).isEqualTo("controller");
        assertThat(answers.get("eu_establishment").asBoolean()).isTrue();

        session.form().formParam("q.employee_count", "twelve").formParam("q.website_or_app", "yes")
                .post(session.step("practices") + "/autosave")
                .then().statusCode(200).body("saved", is(true), "invalid", contains("q.employee_count"));
        assertThat(saved(session).has("employee_count")).isFalse();
        assertThat(saved(session).get("org_role").asText()).as("other steps untouched").isEqualTo("controller");
    }

    @Test
    void shouldNotOverwriteASavedAnswerWithAnInvalidValue() {
        FormSession session = FormSession.start();
        session.form().formParam("q.employee_count", "12").post(session.step("practices") + "/autosave")
                .then().statusCode(200).body("invalid", empty());
        assertThat(saved(session).get("employee_count").asInt()).isEqualTo(12);

        session.form().formParam("q.employee_count", "12 people").post(session.step("practices") + "/autosave")
                .then().statusCode(200).body("invalid", contains("q.employee_count"));
        session.form().formParam("q.employee_count", "-3").post(session.step("practices") + "/autosave")
                .then().statusCode(200).body("invalid", contains("q.employee_count"));
        assertThat(saved(session).get("employee_count").asInt()).isEqualTo(12);
    }

    @Test
    void shouldKeepAnswersToQuestionsTheOtherAnswersHide() {
        FormSession session = FormSession.start();
        // EU establishment "yes" hides "do you offer goods to people in the EU?": its answer is not stored.
        session.form().formParam("q.eu_establishment", "yes").formParam("q.offers_to_eu", "yes")
                .post(session.step("organisation") + "/autosave").then().statusCode(200);
        assertThat(saved(session).has("offers_to_eu")).isFalse();
        // "no" shows it, so the answer typed into the question the script revealed is kept.
        session.form().formParam("q.eu_establishment", "no").formParam("q.offers_to_eu", "yes")
                .post(session.step("organisation") + "/autosave").then().statusCode(200);
        assertThat(saved(session).get("offers_to_eu").asBoolean()).isTrue();
    }

    @Test
    void shouldRefuseAnAutosaveWithoutTheCsrfToken() {
        FormSession session = FormSession.start();
        given().cookie("csrf-token", session.csrfCookie()).contentType("application/x-www-form-urlencoded")
                .formParam("q.org_role", "controller").post(session.step("organisation") + "/autosave")
                .then().statusCode(anyOf(is(400), is(403)));
        assertThat(saved(session).has("org_role")).isFalse();
    }

    @Test
    void shouldAnswerAnUnknownResumeLinkWithANotFoundProblem() {
        FormSession session = FormSession.start();
        String made = "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";
        String body = session.form().formParam("q.org_role", "controller")
                .post("/d/" + made + "/s/organisation/autosave")
                .then().statusCode(404).contentType("application/problem+json")
                .body(containsString("resume link")).extract().asString();
        assertThat(body).doesNotContain(made);
    }
}
