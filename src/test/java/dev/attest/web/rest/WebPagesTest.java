package dev.attest.web.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static dev.attest.web.rest.WebDrafts.cookieOf;
import static dev.attest.web.rest.WebDrafts.field;
import static dev.attest.web.rest.WebDrafts.start;
import static dev.attest.web.rest.WebDrafts.submitExample;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import dev.attest.draft.Draft;
import dev.attest.draft.service.DraftService;
import dev.attest.draft.service.ResumeTokens;
import dev.attest.support.ExampleFiles;
import dev.attest.web.rest.WebDrafts.Started;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class WebPagesTest {

    @Inject
    DraftService drafts;

    @Test
    void shouldAnswerAnUnknownResumeLinkWithoutEchoingIt() {
        String made = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        String body = given().get("/d/" + made + "/s/organisation").then().statusCode(404).extract().asString();
        assertThat(body).contains("resume link does not lead").doesNotContain(made);
    }

    @Test
    void shouldShowFirstStepWithResumeLinkInEnglishAndRussian() {
        Started draft = start();
        given().get(draft.location()).then().statusCode(200)
                .body(containsString("lang=\"en\""), containsString("Step 1 of"), containsString("Keep this link"),
                        containsString("<label for=\"") , containsString("Save and continue"));
        given().header("Accept-Language", "ru-RU,ru;q=0.9").get(draft.location()).then().statusCode(200)
                .body(containsString("lang=\"ru\""), containsString("Шаг 1 из"), containsString("Сохранить и продолжить"));
        List<String> cookies = given().get(draft.location().replace("?welcome=1", "") + "?lang=ru")
                .getHeaders().getValues("Set-Cookie");
        assertThat(cookies).anyMatch(c -> c.startsWith("attest-lang=ru") && c.contains("HttpOnly")
                && c.contains("SameSite=Lax"));
    }

    @Test
    void shouldKeepAValidAnswerAndShowAnInvalidNumberNextToItsField() {
        Started draft = start();
        String step = draft.location().replace("?welcome=1", "");
        Response page = given().get(step);
        String html = page.asString();
        given().redirects().follow(false).cookie("csrf-token", cookieOf(page, draft))
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", field(html))
                .formParam("q.org_role", "controller").post(step)
                .then().statusCode(303);
        Draft stored = drafts.find(draft.token()).orElseThrow();
        assertThat(drafts.answers(stored).get("org_role").asText()).isEqualTo("controller");
        given().get(step).then().body(containsString("value=\"controller\" checked"));

        String section = sectionOf("employee_count", draft);
        Response numberResponse = given().get("/d/" + draft.token() + "/s/" + section);
        String numberPage = numberResponse.asString();
        given().cookie("csrf-token", cookieOf(numberResponse, draft)).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", field(numberPage)).formParam("q.employee_count", "twelve")
                .post("/d/" + draft.token() + "/s/" + section)
                .then().statusCode(400)
                .body(containsString("value=\"twelve\""), containsString("role=\"alert\""),
                        containsString("id=\"f-q-employee_count-error\""),
                        containsString("aria-describedby=\"f-q-employee_count-help f-q-employee_count-error\""),
                        containsString("Enter a number"));
    }

    private String sectionOf(String question, Started draft) {
        Draft stored = drafts.find(draft.token()).orElseThrow();
        return drafts.questionnaire(stored).sections().stream()
                .filter(s -> s.questions().stream().anyMatch(q -> q.id().equals(question)))
                .findFirst().orElseThrow().id();
    }

    @Test
    void shouldNotAcceptAFormWithoutItsCsrfToken() {
        Started draft = start();
        given().redirects().follow(false).cookie("csrf-token", draft.csrfCookie())
                .contentType("application/x-www-form-urlencoded").formParam("q.org_role", "controller")
                .post(draft.location().replace("?welcome=1", ""))
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(400), org.hamcrest.Matchers.is(403)));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").post("/drafts")
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(400), org.hamcrest.Matchers.is(403)));
    }

    @Test
    @Transactional
    void shouldNotStoreTheResumeTokenInClear() {
        Started draft = start();
        List<Draft> all = Draft.listAll();
        assertThat(all).noneMatch(d -> d.resumeTokenHash.equals(draft.token()) || d.answers.contains(draft.token()));
        assertThat(Draft.findByTokenHash(ResumeTokens.hash(draft.token()))).isPresent();
    }

    @Test
    void shouldSubmitTheShoeShopAndShowResults() {
        Started draft = start();
        submitExample(drafts, draft, "shoe-shop")
                .then().statusCode(200)
                .body(containsString("Overall score"), containsString("of 100"), containsString("<svg"),
                        containsString("Fix these first"), containsString("GDPR Art. 7"));
        assertThat(drafts.find(draft.token()).orElseThrow().submittedAssessmentId).isNotNull();
    }

    @Test
    void shouldStillAcceptJsonApiPostsWithoutCsrf() {
        given().contentType("application/json").body(ExampleFiles.body("shoe-shop")).post("/api/v1/evaluations")
                .then().statusCode(200);
    }
}
