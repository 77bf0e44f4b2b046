package dev.attest.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.support.ExampleFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class EvaluationResourceTest {

    @Test
    void shouldFindThePreTickedConsentOfTheShoeShop() {
        given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("questionnaire.id", equalTo("core"))
                .body("questionnaire.version", startsWith("sha256:"))
                .body("rulebase.version", startsWith("sha256:"))
                .body("rulebase.textsVersion", startsWith("sha256:"))
                .body("applicability.find { it.framework == 'GDPR' }.applies", equalTo(true))
                .body("applicability.find { it.framework == 'GDPR' }.reasons", not(empty()))
                .body("applicability.find { it.framework == 'GDPR' }.reasons[0].text", notNullValue())
                .body("findings.find { it.ruleId == 'GDPR-ART7-PRETICKED' }.citation", startsWith("GDPR Art. 7"))
                .body("findings.find { it.ruleId == 'GDPR-ART7-PRETICKED' }.remediation", not(empty()))
                .body("findings.find { it.ruleId == 'GDPR-ART7-PRETICKED' }.triggeredBy.pointer", hasItem("/consent_preticked"))
                .body("scores.frameworks.find { it.framework == 'GDPR' }.status", equalTo("scored"))
                .body("scores.frameworks.find { it.framework == 'GDPR' }.score", lessThan(100));
    }

    @Test
    void shouldReportTheClocksOfTheApplyingFrameworks() {
        given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("deadlines.find { it.kind == 'breach-authority' }.strictest.framework", equalTo("GDPR"))
                .body("deadlines.find { it.kind == 'breach-authority' }.strictest.amount", equalTo(72.0f))
                .body("deadlines.find { it.kind == 'breach-authority' }.strictest.unit", equalTo("hours"))
                .body("deadlines.find { it.kind == 'rights-request' }.duty", containsString("correct or delete"));
    }

    @Test
    void shouldPutTheStricterClockFirstWhenGdprAndCcpaBothApply() {
        given().contentType(ContentType.JSON).body(ExampleFiles.body("california-retailer"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("deadlines.find { it.kind == 'rights-request' }.strictest.framework", equalTo("GDPR"))
                .body("deadlines.find { it.kind == 'rights-request' }.all.framework", org.hamcrest.Matchers.contains("GDPR", "CCPA"));
    }

    @Test
    void shouldNameEveryBadFieldInOneProblem() {
        ObjectNode request = ExampleFiles.json("shoe-shop");
        ObjectNode answers = (ObjectNode) request.get("answers");
        answers.put("favourite_colour", "red");
        answers.put("eu_establishment", "very much");
        answers.remove("org_role");
        given().contentType(ContentType.JSON).body(request.toString())
                .when().post("/api/v1/evaluations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.pointer", containsInAnyOrder("/favourite_colour", "/eu_establishment", "/org_role"))
                .body("errors.find { it.pointer == '/favourite_colour' }.reason", containsString("unknown question"))
                .body("errors.find { it.pointer == '/eu_establishment' }.reason", containsString("expected true or false"))
                .body("errors.find { it.pointer == '/org_role' }.reason", containsString("required"));
    }

    @Test
    void shouldExplainAMissingQuestionnaireAndABadDate() {
        given().contentType(ContentType.JSON).body("{\"questionnaire\": \"nope\", \"evaluationDate\": \"28/11/2026\", \"answers\": {}}")
                .when().post("/api/v1/evaluations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/questionnaire", "/evaluationDate"));
    }

    @Test
    void shouldRejectABodyThatIsNotJson() {
        given().contentType(ContentType.JSON).body("{\"questionnaire\": ")
                .when().post("/api/v1/evaluations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("The request has invalid fields"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void shouldNameTheFieldOfAWronglyShapedBody() {
        given().contentType(ContentType.JSON).body("{\"questionnaire\": [\"core\"], \"answers\": {}}")
                .when().post("/api/v1/evaluations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/questionnaire"));
        given().contentType(ContentType.JSON).body("\"hello\"")
                .when().post("/api/v1/evaluations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void shouldWriteInRussianWhenAsked() {
        given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5")
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("language", equalTo("ru"))
                .body("findings.find { it.ruleId == 'GDPR-ART7-PRETICKED' }.title", org.hamcrest.Matchers.matchesPattern(".*[А-Яа-я].*"));
    }

    @Test
    void shouldTurnDontKnowIntoAVerificationTaskNotAPass() {
        ObjectNode request = ExampleFiles.json("shoe-shop");
        ((ObjectNode) request.get("answers")).put("breach_plan", "dont_know");
        ((ObjectNode) request.get("answers")).remove("breach_notify_within_72h");
        given().contentType(ContentType.JSON).body(request.toString())
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("checks.find { it.ruleId == 'GDPR-ART33-BREACH-72H' }.outcome", equalTo("unverified"))
                .body("findings.ruleId", not(hasItem("GDPR-ART33-BREACH-72H")))
                .body("verificationTasks.find { it.pointer == '/breach_plan' }.checks", hasItem("GDPR-ART33-BREACH-72H"))
                .body("verificationTasks.find { it.pointer == '/breach_plan' }.task", notNullValue());
    }

    @Test
    void shouldListAnswersToHiddenQuestionsAsIgnored() {
        ObjectNode request = ExampleFiles.json("shoe-shop");
        ObjectNode answers = (ObjectNode) request.get("answers");
        answers.put("uses_consent", false);
        answers.put("consent_preticked", true);
        given().contentType(ContentType.JSON).body(request.toString())
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("ignoredAnswers.pointer", hasItem("/consent_preticked"))
                .body("findings.ruleId", not(hasItem("GDPR-ART7-PRETICKED")));
    }

    @Test
    void shouldDefaultTheEvaluationDateToTodayOfTheClock() {
        ObjectNode request = ExampleFiles.json("shoe-shop");
        request.remove("evaluationDate");
        given().contentType(ContentType.JSON).body(request.toString())
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("evaluationDate", equalTo("2026-11-28"));
    }
}
