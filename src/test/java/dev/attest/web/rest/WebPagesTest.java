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
import dev.attest.support.TestWorkspace;
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
        given().header("Accept-Language", "ru-RU,ru;q=0.9").get("/").then().statusCode(200)
                .body(containsString("lang=\"ru\""), containsString("Начать"));
        // A draft's link speaks the draft's language on any device, until the owner picks another one.
        given().header("Accept-Language", "ru-RU,ru;q=0.9").get(draft.location()).then().statusCode(200)
                .body(containsString("lang=\"en\""));
        List<String> cookies = given().get(draft.location().replace("?welcome=1", "") + "?lang=ru")
                .getHeaders().getValues("Set-Cookie");
        assertThat(cookies).anyMatch(c -> c.startsWith("attest-lang=ru") && c.contains("HttpOnly")
                && c.contains("SameSite=Lax"));
        given().get(draft.location()).then().statusCode(200)
                .body(containsString("lang=\"ru\""), containsString("Шаг 1 из"), containsString("Сохранить и продолжить"));
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
    void shouldRenderAConditionalQuestionHiddenWithItsConditionForThePageScript() {
        Started draft = start();
        String html = given().get(draft.location()).then().statusCode(200).extract().asString();
        assertThat(html).contains("<script src=\"/static/attest.js\" defer></script>")
                .contains("aria-live=\"polite\"")
                .containsPattern("data-q=\"q\\.eu_representative\" data-type=\"single\" data-show-if=\""
                        + "\\{&quot;all&quot;:\\[\\{&quot;name&quot;:&quot;q\\.eu_establishment&quot;,&quot;equals&quot;:false\\}"
                        + "[^\"]*\" hidden>")
                .containsPattern("data-q=\"q\\.for_profit\"[^>]*&quot;value&quot;:null");
        given().get("/static/attest.js").then().statusCode(200).body(containsString("data-show-if"));
    }

    @Test
    void shouldNotAcceptAFormWithoutItsCsrfToken() {
        Started draft = start();
        given().redirects().follow(false).cookie("csrf-token", draft.csrfCookie())
                .contentType("application/x-www-form-urlencoded").formParam("q.org_role", "controller")
                .post(draft.location().replace("?welcome=1", ""))
                .then().statusCode(403);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").post("/drafts")
                .then().statusCode(403);
    }

    @Test
    @Transactional
    void shouldNotStoreTheResumeTokenInClear() {
        Started draft = start();
        List<Draft> all = Draft.listAll();
        assertThat(all).noneMatch(d -> draft.token().equals(d.resumeTokenHash) || d.answers.contains(draft.token()));
        assertThat(Draft.findByTokenHash(TestWorkspace.SELF_SERVICE_ID, ResumeTokens.hash(draft.token()))).isPresent();
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

    @Test
    void shouldAcceptABodylessApiPostWithoutContentTypeOrCsrf() {
        given().header("Authorization", "Bearer test-admin-key").post("/api/v1/admin/rulebase/reload")
                .then().statusCode(200);
    }

    @Test
    void shouldRefuseAFormWhoseTokenDoesNotMatchItsCookie() {
        Started draft = start();
        given().redirects().follow(false).cookie("csrf-token", draft.csrfCookie())
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", "A".repeat(43)).post("/drafts")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.is("urn:attest:problem:csrf-token-missing"));
    }

    @Test
    void shouldSetTheCsrfCookieHttpOnlyAndSameSiteStrict() {
        String header = given().get("/").then().statusCode(200).extract().header("Set-Cookie");
        assertThat(header).contains("csrf-token=").contains("HttpOnly").contains("SameSite=Strict");
    }

    @Test
    void shouldShowABrowserAnUnknownLinkAsAPageInItsLanguage() {
        String unknown = "/d/" + "x".repeat(43) + "/review";
        String html = given().accept("text/html,application/xhtml+xml").header("Accept-Language", "ru").get(unknown)
                .then().statusCode(404).contentType("text/html").extract().asString();
        assertThat(html).contains("Такой страницы нет").contains("href=\"/\"").doesNotContain("x".repeat(43));
    }

    @Test
    void shouldShowABrowserAFormWithoutItsTokenAsAnExpiredFormPage() {
        String html = given().redirects().follow(false).accept("text/html").contentType("application/x-www-form-urlencoded")
                .post("/drafts").then().statusCode(403).contentType("text/html").extract().asString();
        assertThat(html).contains("This form has expired").contains("reload the page");
    }

    @Test
    void shouldShowABrowserAnAddressNothingServesAsAPageAndAnApiClientAProblem() {
        given().accept("text/html").header("Accept-Language", "en").get("/nothing-here")
                .then().statusCode(404).contentType("text/html").body(containsString("We could not find this page"));
        given().accept("application/json").get("/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        given().accept("text/html").get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
