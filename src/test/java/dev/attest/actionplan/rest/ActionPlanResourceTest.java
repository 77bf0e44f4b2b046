package dev.attest.actionplan.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.attest.support.AtOnce;
import dev.attest.support.ExampleFiles;
import dev.attest.support.TestWorkspace;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class ActionPlanResourceTest {

    private final TestWorkspace workspace = TestWorkspace.named("Action plan tests");

    private static final String PRETICKED = "GDPR-ART7-PRETICKED";
    private static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low");

    @Test
    void shouldListTheFindingsMostSevereFirstWithNumberedOpenSteps() {
        String id = createShoeShop();
        JsonPath result = workspace.given().get("/api/v1/assessments/" + id).then().statusCode(200).extract().jsonPath();
        JsonPath plan = workspace.given().get("/api/v1/assessments/" + id + "/action-plan").then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();

        List<String> severities = plan.getList("findings.severity");
        assertThat(severities).isNotEmpty();
        assertThat(severities).isSortedAccordingTo((a, b) -> SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b));
        assertThat(plan.getList("findings.checkId", String.class))
                .containsExactlyElementsOf(result.getList("result.findings.ruleId", String.class));
        Map<String, Object> preticked = plan.getMap("findings.find { it.checkId == '" + PRETICKED + "' }");
        assertThat(preticked).containsEntry("title", "Consent boxes are ticked in advance").containsEntry("severity", "high")
                .containsEntry("done", 0);
        List<String> remediation = result.getList("result.findings.find { it.ruleId == '" + PRETICKED + "' }.remediation");
        List<Map<String, Object>> steps = plan.getList("findings.find { it.checkId == '" + PRETICKED + "' }.steps");
        assertThat(steps).hasSize(remediation.size());
        for (int i = 0; i < steps.size(); i++) {
            assertThat(steps.get(i)).containsEntry("number", i + 1).containsEntry("text", remediation.get(i))
                    .containsEntry("done", false).doesNotContainKey("doneAt");
        }
        int total = plan.getList("findings.total", Integer.class).stream().mapToInt(Integer::intValue).sum();
        assertThat(plan.getInt("total")).isEqualTo(total).isGreaterThanOrEqualTo(steps.size());
        assertThat(plan.getInt("done")).isZero();
    }

    @Test
    void shouldGiveTheActionPlanInRussian() {
        String id = createShoeShop();
        workspace.given().queryParam("lang", "ru").get("/api/v1/assessments/" + id + "/action-plan").then().statusCode(200)
                .body("findings.title", hasItem("Галочки согласия проставлены заранее"));
    }

    @Test
    void shouldTickAndUntickAStepWithoutChangingTheStoredResult() {
        String id = createShoeShop();
        String before = workspace.given().get("/api/v1/assessments/" + id).then().statusCode(200).extract().asString();
        String text = workspace.given().get("/api/v1/assessments/" + id + "/action-plan").then().extract().jsonPath()
                .getString("findings.find { it.checkId == '" + PRETICKED + "' }.steps[1].text");

        workspace.given().contentType(ContentType.JSON).body("{\"done\": true}")
                .put("/api/v1/assessments/" + id + "/action-plan/" + PRETICKED + "/steps/2")
                .then().statusCode(200)
                .body("number", equalTo(2), "text", equalTo(text), "done", equalTo(true), "doneAt", notNullValue());
        JsonPath plan = workspace.given().get("/api/v1/assessments/" + id + "/action-plan").then().extract().jsonPath();
        assertThat(plan.getInt("done")).isEqualTo(1);
        assertThat(plan.getInt("findings.find { it.checkId == '" + PRETICKED + "' }.done")).isEqualTo(1);
        assertThat(plan.getBoolean("findings.find { it.checkId == '" + PRETICKED + "' }.steps[1].done")).isTrue();
        assertThat(plan.getBoolean("findings.find { it.checkId == '" + PRETICKED + "' }.steps[0].done")).isFalse();

        workspace.given().contentType(ContentType.JSON).body("{\"done\": false}")
                .put("/api/v1/assessments/" + id + "/action-plan/" + PRETICKED + "/steps/2")
                .then().statusCode(200).body("done", equalTo(false), "doneAt", nullValue());
        workspace.given().get("/api/v1/assessments/" + id + "/action-plan").then().body("done", equalTo(0));

        String after = workspace.given().get("/api/v1/assessments/" + id).then().statusCode(200).extract().asString();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void shouldKeepTheTimeOfTheFirstTickWhenTickedAgain() {
        String id = createShoeShop();
        String path = "/api/v1/assessments/" + id + "/action-plan/" + PRETICKED + "/steps/1";
        String first = workspace.given().contentType(ContentType.JSON).body("{\"done\": true}").put(path).then().extract().path("doneAt");
        String again = workspace.given().contentType(ContentType.JSON).body("{\"done\": true}").put(path).then().extract().path("doneAt");
        assertThat(again).isEqualTo(first);
    }

    @Test
    void shouldNotFindTheActionPlanOfAnUnknownAssessment() {
        String unknown = "00000000-0000-0000-0000-000000000000";
        workspace.given().get("/api/v1/assessments/" + unknown + "/action-plan").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(unknown));
        workspace.given().contentType(ContentType.JSON).body("{\"done\": true}")
                .put("/api/v1/assessments/" + unknown + "/action-plan/" + PRETICKED + "/steps/1")
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString(unknown));
    }

    @Test
    void shouldNotTickACheckThatIsNotAFinding() {
        String id = createShoeShop();
        String passed = workspace.given().get("/api/v1/assessments/" + id).then().extract().jsonPath()
                .getString("result.checks.find { it.outcome == 'passed' }.ruleId");
        for (String check : List.of("NO-SUCH-CHECK", passed)) {
            workspace.given().contentType(ContentType.JSON).body("{\"done\": true}")
                    .put("/api/v1/assessments/" + id + "/action-plan/" + check + "/steps/1")
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("detail", containsString("has no finding '" + check + "'"));
        }
    }

    @Test
    void shouldNotTickAStepTheFindingDoesNotHave() {
        String id = createShoeShop();
        workspace.given().contentType(ContentType.JSON).body("{\"done\": true}")
                .put("/api/v1/assessments/" + id + "/action-plan/" + PRETICKED + "/steps/99")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("there is no step 99"));
        for (String number : List.of("0", "-1", "two")) {
            workspace.given().contentType(ContentType.JSON).body("{\"done\": true}")
                    .put("/api/v1/assessments/" + id + "/action-plan/" + PRETICKED + "/steps/" + number)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].in", equalTo("path"), "errors[0].pointer", equalTo("number"));
        }
    }

    @Test
    void shouldNotAcceptABodyWithoutABooleanDone() {
        String id = createShoeShop();
        String path = "/api/v1/assessments/" + id + "/action-plan/" + PRETICKED + "/steps/1";
        for (String body : List.of("{}", "{\"done\": \"yes\"}", "{\"done\": 1}", "{\"done\": null}", "[]")) {
            workspace.given().contentType(ContentType.JSON).body(body).put(path)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].in", equalTo("body"), "errors[0].pointer", equalTo("/done"));
        }
        workspace.given().contentType(ContentType.JSON).put(path)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].pointer", equalTo("/done"));
        workspace.given().contentType(ContentType.JSON).body("{\"done\": tru").put(path)
                .then().statusCode(400).contentType("application/problem+json");
        workspace.given().get("/api/v1/assessments/" + id + "/action-plan").then().body("done", equalTo(0));
    }

    @Test
    void shouldTakeSimultaneousFirstTicksOfOneStepOneAfterTheOther() throws Exception {
        String id = createShoeShop();
        String path = "/api/v1/assessments/" + id + "/action-plan/" + PRETICKED + "/steps/1";

        List<Response> answers = AtOnce.send(8, i -> workspace.given().contentType(ContentType.JSON)
                .body("{\"done\": true}").put(path));

        for (Response answer : answers) {
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
            assertThat(answer.<Boolean>path("done")).isTrue();
        }
        workspace.given().get("/api/v1/assessments/" + id + "/action-plan").then().statusCode(200)
                .body("done", equalTo(1))
                .body("findings.find { it.checkId == '" + PRETICKED + "' }.steps[0].done", equalTo(true));
    }

    private String createShoeShop() {
        return workspace.given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .when().post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
    }
}
