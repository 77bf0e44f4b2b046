package dev.attest.diff.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.support.ExampleFiles;
import io.quarkus.test.junit.QuarkusTest;
import dev.attest.support.TestWorkspace;
import io.restassured.http.ContentType;

/** {@code DiffServiceTest} covers the causes under changed rules; this covers the endpoint. */
@QuarkusTest
class DiffResourceTest {

    private final TestWorkspace workspace = TestWorkspace.named("Diff tests");

    private static final String CYRILLIC = ".*[А-Яа-я].*";

    @Test
    void shouldDiffTwoAssessmentsAYearApartWithCausesAndTextsInRussian() {
        String older = store("2026-11-28", false);
        String newer = store("2027-11-28", true);
        workspace.given().queryParam("against", older).queryParam("lang", "ru")
                .when().get("/api/v1/assessments/" + newer + "/diff")
                .then().statusCode(200)
                .body("language", equalTo("ru"))
                .body("older.id", equalTo(older))
                .body("newer.id", equalTo(newer))
                .body("resolved.checkId", hasItem("GDPR-ART7-PRETICKED"))
                .body("resolved.find { it.checkId == 'GDPR-ART7-PRETICKED' }.cause", equalTo("answers-changed"))
                .body("resolved.find { it.checkId == 'GDPR-ART7-PRETICKED' }.causeText", matchesPattern(CYRILLIC))
                .body("resolved.find { it.checkId == 'GDPR-ART7-PRETICKED' }.title", matchesPattern(CYRILLIC))
                .body("resolved.find { it.checkId == 'GDPR-ART7-PRETICKED' }.olderOutcome", equalTo("failed"))
                .body("resolved.find { it.checkId == 'GDPR-ART7-PRETICKED' }.newerOutcome", equalTo("passed"))
                .body("resolved.find { it.checkId == 'GDPR-ART7-PRETICKED' }.changedAnswers.pointer", contains("/consent_preticked"))
                .body("resolved.find { it.checkId == 'GDPR-ART7-PRETICKED' }.changedAnswers[0].label", matchesPattern(CYRILLIC))
                .body("resolved.find { it.checkId == 'GDPR-ART7-PRETICKED' }.changedAnswers[0].older", equalTo(true))
                .body("unchanged.find { it.checkId == 'GDPR-ART5-RETENTION' }.cause", nullValue())
                .body("frameworks.find { it.framework == 'GDPR' }.name", matchesPattern(CYRILLIC))
                .body("changedAnswers.pointer", contains("/consent_preticked"));
    }

    @Test
    void shouldTakeTheEarlierEvaluationDateAsTheOlderWhicheverIdIsInThePath() {
        String older = store("2026-11-28", false);
        String newer = store("2027-11-28", true);
        workspace.given().queryParam("against", newer).queryParam("lang", "en")
                .when().get("/api/v1/assessments/" + older + "/diff")
                .then().statusCode(200)
                .body("older.id", equalTo(older))
                .body("older.evaluationDate", equalTo("2026-11-28"))
                .body("newer.id", equalTo(newer))
                .body("resolved.find { it.checkId == 'GDPR-ART7-PRETICKED' }.title", matchesPattern("[^А-Яа-я]*"));
    }

    @Test
    void shouldAnswer404ForAnUnknownIdOnEitherSide() {
        String known = store("2026-11-28", false);
        workspace.given().queryParam("against", known)
                .when().get("/api/v1/assessments/no-such-assessment/diff")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No assessment with id 'no-such-assessment'"));
        workspace.given().queryParam("against", "no-such-assessment")
                .when().get("/api/v1/assessments/" + known + "/diff")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldNotCompareAssessmentsOfTwoOrganisations() {
        String bakery = organisationAssessment("Bakery");
        String butcher = organisationAssessment("Butcher");
        workspace.given().queryParam("against", butcher).when().get("/api/v1/assessments/" + bakery + "/diff")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("against"))
                .body("errors[0].reason", containsString("another organisation"));
    }

    private String organisationAssessment(String name) {
        String organisation = workspace.given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"country\": \"DE\"}").post("/api/v1/organisations")
                .then().statusCode(201).extract().path("id");
        return workspace.given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .post("/api/v1/organisations/" + organisation + "/assessments").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldAnswer400WithoutAnAssessmentToCompareWith() {
        String known = store("2026-11-28", false);
        workspace.given().when().get("/api/v1/assessments/" + known + "/diff")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].in", equalTo("query"))
                .body("errors[0].pointer", equalTo("against"));
    }

    private String store(String date, boolean consentFixed) {
        ObjectNode request = ExampleFiles.json("shoe-shop");
        request.put("evaluationDate", date);
        if (consentFixed) {
            ((ObjectNode) request.get("answers")).put("consent_preticked", false);
        }
        return workspace.given().contentType(ContentType.JSON).body(request.toString())
                .when().post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
    }
}
