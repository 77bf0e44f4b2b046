package dev.attest.questionnaire.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class QuestionnaireResourceTest {

    @Test
    void shouldListTheCoreQuestionnaire() {
        given().when().get("/api/v1/questionnaires")
                .then().statusCode(200)
                .body("id", hasItem("core"))
                .body("find { it.id == 'core' }.version", startsWith("sha256:"));
    }

    @Test
    void shouldServeQuestionsWithEnglishTextsByDefault() {
        given().when().get("/api/v1/questionnaires/core")
                .then().statusCode(200)
                .body("language", equalTo("en"))
                .body("dontKnowValue", equalTo("dont_know"))
                .body("sections[0].questions[0].label", notNullValue())
                .body("sections.questions.flatten().find { it.id == 'purposes' }.type", equalTo("group"))
                .body("sections.questions.flatten().find { it.id == 'consent_preticked' }.showIf.question", equalTo("uses_consent"));
    }

    @Test
    void shouldServeRussianTextsForLangOrAcceptLanguage() {
        given().queryParam("lang", "ru").when().get("/api/v1/questionnaires/core")
                .then().statusCode(200)
                .body("language", equalTo("ru"))
                .body("title", matchesPattern(".*[А-Яа-я].*"));
        given().header("Accept-Language", "ru").when().get("/api/v1/questionnaires/core")
                .then().statusCode(200)
                .body("language", equalTo("ru"));
    }

    @Test
    void shouldAnswerAnUnknownQuestionnaireWithAProblem() {
        given().when().get("/api/v1/questionnaires/nope")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No questionnaire with id 'nope'"));
    }
}
