package dev.attest.web.rest;

import static dev.attest.web.rest.WebDrafts.cookieOf;
import static dev.attest.web.rest.WebDrafts.field;
import static dev.attest.web.rest.WebDrafts.start;
import static dev.attest.web.rest.WebDrafts.submitExample;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.attest.draft.service.DraftService;
import dev.attest.support.TestWorkspace;
import dev.attest.web.rest.WebDrafts.Started;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ActionPlanFormTest {

    private static final String PRETICKED = "GDPR-ART7-PRETICKED";

    private final TestWorkspace selfService = TestWorkspace.selfService();

    @Inject
    DraftService drafts;

    @Test
    void shouldShowEachStepAsALabelledCheckboxWithProgress() {
        Started draft = start();
        submitExample(drafts, draft, "shoe-shop");
        String page = given().get("/d/" + draft.token() + "/results").then().statusCode(200).extract().asString();

        int steps = steps(page, PRETICKED).size();
        assertThat(steps).isGreaterThan(1);
        assertThat(page).contains("<article class=\"finding sev-high\" id=\"finding-" + PRETICKED + "\">")
                .contains("<form class=\"action-plan\" method=\"post\" action=\"/d/" + draft.token() + "/results/plan\"")
                .contains("<input type=\"hidden\" name=\"shown\" value=\"" + PRETICKED + ":1\">"
                        + "<input type=\"checkbox\" name=\"done\" value=\"" + PRETICKED + ":1\" id=\"step-" + PRETICKED + "-1\">")
                .contains("<label for=\"step-" + PRETICKED + "-1\">")
                .contains("0 of " + steps + " steps done")
                .contains("Save progress")
                .contains("aria-live=\"polite\"")
                .contains("<script src=\"/static/action-plan.js\" defer></script>")
                .doesNotContain("<script>");
    }

    @Test
    void shouldSaveTicksAndUntickThemWithoutJavaScript() {
        Started draft = start();
        submitExample(drafts, draft, "shoe-shop");
        List<String> steps = steps(results(draft), PRETICKED);

        post(draft, given().redirects().follow(false), steps, List.of(steps.get(0), steps.get(2)))
                .then().statusCode(303)
                .header("Location", endsWith("/d/" + draft.token() + "/results#finding-" + PRETICKED));
        String page = results(draft);
        assertThat(page).contains("value=\"" + steps.get(0) + "\" id=\"step-" + PRETICKED + "-1\" checked>")
                .contains("value=\"" + steps.get(1) + "\" id=\"step-" + PRETICKED + "-2\">")
                .contains("value=\"" + steps.get(2) + "\" id=\"step-" + PRETICKED + "-3\" checked>")
                .contains("2 of " + steps.size() + " steps done");
        JsonPath plan = actionPlan(draft);
        assertThat(plan.getList("findings.find { it.checkId == '" + PRETICKED + "' }.steps.done", Boolean.class))
                .startsWith(true, false, true);

        post(draft, given().redirects().follow(false), steps, List.of(steps.get(2))).then().statusCode(303);
        assertThat(actionPlan(draft).getList("findings.find { it.checkId == '" + PRETICKED + "' }.steps.done", Boolean.class))
                .startsWith(false, false, true);
        assertThat(results(draft)).contains("1 of " + steps.size() + " steps done");
    }

    @Test
    void shouldAnswerTheScriptWithTheSavedNoticeAndProgressInThePageLanguage() {
        Started draft = start();
        submitExample(drafts, draft, "shoe-shop");
        List<String> steps = steps(results(draft), PRETICKED);

        post(draft, given().accept("application/json").queryParam("lang", "ru"), steps, List.of(steps.get(1)))
                .then().statusCode(200).contentType("application/json")
                .body("message", equalTo("Сохранено"),
                        "findings.find { it.checkId == '" + PRETICKED + "' }.progress",
                        equalTo("Сделано шагов: 1 из " + steps.size()));
        post(draft, given().accept("application/json"), steps, List.of())
                .then().statusCode(200).body("message", equalTo("Saved"), "progress", org.hamcrest.Matchers.startsWith("0 of "),
                        "findings.checkId", hasItem(PRETICKED));
    }

    @Test
    void shouldNotSaveAStepThatIsNotInTheActionPlan() {
        Started draft = start();
        submitExample(drafts, draft, "shoe-shop");
        List<String> steps = steps(results(draft), PRETICKED);

        post(draft, given().redirects().follow(false), List.of("NO-SUCH-CHECK:1"), List.of()).then().statusCode(400);
        post(draft, given().redirects().follow(false), List.of(PRETICKED + ":99"), List.of()).then().statusCode(400);
        post(draft, given().redirects().follow(false), List.of(steps.get(0)), List.of(steps.get(1))).then().statusCode(400);
        assertThat(actionPlan(draft).getInt("done")).isZero();
    }

    @Test
    void shouldNotSaveTicksWithoutTheFormsCsrfToken() {
        Started draft = start();
        submitExample(drafts, draft, "shoe-shop");
        given().redirects().follow(false).cookie("csrf-token", draft.csrfCookie())
                .contentType("application/x-www-form-urlencoded")
                .formParam("shown", PRETICKED + ":1").formParam("done", PRETICKED + ":1")
                .post("/d/" + draft.token() + "/results/plan")
                .then().statusCode(anyOf(is(400), is(403)));
        assertThat(actionPlan(draft).getInt("done")).isZero();
    }

    @Test
    void shouldNotSaveTicksBeforeTheDraftIsSubmitted() {
        Started draft = start();
        Response step = given().get(draft.location());
        given().redirects().follow(false).cookie("csrf-token", cookieOf(step, draft))
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", field(step.asString()))
                .formParam("shown", PRETICKED + ":1").post("/d/" + draft.token() + "/results/plan")
                .then().statusCode(404);
    }

    /** The step keys of one finding's form, in order, as the page lists them. */
    static List<String> steps(String page, String checkId) {
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("type=\"checkbox\" name=\"done\" value=\"(" + Pattern.quote(checkId) + ":\\d+)\"").matcher(page);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static String results(Started draft) {
        return given().get("/d/" + draft.token() + "/results").then().statusCode(200).extract().asString();
    }

    /** Posts one finding's form as a browser would: every shown step, and the ticked boxes. */
    private static Response post(Started draft, RequestSpecification request, List<String> shown, List<String> done) {
        Response page = given().get("/d/" + draft.token() + "/results");
        request.cookie("csrf-token", cookieOf(page, draft)).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", field(page.asString()));
        shown.forEach(key -> request.formParam("shown", key));
        done.forEach(key -> request.formParam("done", key));
        return request.post("/d/" + draft.token() + "/results/plan");
    }

    private JsonPath actionPlan(Started draft) {
        String id = drafts.find(draft.token()).orElseThrow().submittedAssessmentId;
        return selfService.given().get("/api/v1/assessments/" + id + "/action-plan").then().statusCode(200).extract().jsonPath();
    }
}
