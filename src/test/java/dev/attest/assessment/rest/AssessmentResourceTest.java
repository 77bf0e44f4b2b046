package dev.attest.assessment.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.assessment.Assessment;
import dev.attest.support.ExampleFiles;
import dev.attest.support.TestWorkspace;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Stores and reads back assessments; {@code AssessmentResourcePostgresTest} runs the same on PostgreSQL. */
@QuarkusTest
class AssessmentResourceTest {

    private final TestWorkspace workspace = TestWorkspace.named("Assessment tests");

    @Test
    void shouldStoreAnAssessmentAndReadItBackIdentically() {
        Response created = workspace.given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .when().post("/api/v1/assessments")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/assessments/[0-9a-f-]{36}"))
                .body("result.rulebase.version", startsWith("sha256:"))
                .body("result.findings.ruleId", hasItem("GDPR-ART7-PRETICKED"))
                .body("answers.org_role", equalTo(ExampleFiles.json("shoe-shop").get("answers").get("org_role").asText()))
                .extract().response();
        String id = created.path("id");
        String read = workspace.given().when().get("/api/v1/assessments/" + id)
                .then().statusCode(200)
                .extract().asString();
        assertThat(read).isEqualTo(created.asString());
    }

    @Test
    void shouldRenderAStoredResultInTheLanguageOfTheReader() {
        String id = workspace.given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .when().post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        workspace.given().queryParam("lang", "ru").when().get("/api/v1/assessments/" + id)
                .then().statusCode(200)
                .body("result.language", equalTo("ru"))
                .body("result.findings.find { it.ruleId == 'GDPR-ART7-PRETICKED' }.title", matchesPattern(".*[А-Яа-я].*"));
    }

    @Test
    void shouldStoreNothingForInvalidAnswers() {
        long before = count();
        ObjectNode request = ExampleFiles.json("shoe-shop");
        ((ObjectNode) request.get("answers")).put("org_role", 42);
        workspace.given().contentType(ContentType.JSON).body(request.toString())
                .when().post("/api/v1/assessments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/org_role"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void shouldReassessStoredAnswersAsANewLinkedAssessment() {
        String id = createShoeShop();
        workspace.given().contentType(ContentType.JSON).when().post("/api/v1/assessments/" + id + "/reassessments?evaluationDate=2027-01-15")
                .then().statusCode(201)
                .body("previousAssessmentId", equalTo(id))
                .body("result.evaluationDate", equalTo("2027-01-15"))
                .body("result.needsReview", equalTo(false))
                .body("result.findings.ruleId", hasItem("GDPR-ART7-PRETICKED"));
    }

    @Test
    void shouldMarkAReassessmentForReviewWhenStoredAnswersNoLongerFit() {
        String id = createShoeShop();
        QuarkusTransaction.requiringNew().run(() -> {
            Assessment stored = Assessment.findById(id);
            // As if the questionnaire had changed since: one question is gone, another takes other values now.
            stored.answers = stored.answers.replaceFirst("\\{", "{\"fax_number_collected\": true, ")
                    .replace("\"consent_preticked\":true", "\"consent_preticked\":\"sometimes\"");
        });
        workspace.given().contentType(ContentType.JSON).when().post("/api/v1/assessments/" + id + "/reassessments")
                .then().statusCode(201)
                .body("result.needsReview", equalTo(true))
                .body("result.review.staleAnswers.pointer", hasItem("/fax_number_collected"))
                .body("result.review.staleAnswers.pointer", hasItem("/consent_preticked"))
                .body("result.review.affectedChecks", hasItem("GDPR-ART7-PRETICKED"))
                .body("result.checks.find { it.ruleId == 'GDPR-ART7-PRETICKED' }.outcome", equalTo("unverified"));
    }

    @Test
    void shouldRefuseToReassessAnUnknownAssessmentOrABadDate() {
        workspace.given().contentType(ContentType.JSON).when().post("/api/v1/assessments/00000000-0000-0000-0000-000000000000/reassessments")
                .then().statusCode(404)
                .contentType("application/problem+json");
        workspace.given().contentType(ContentType.JSON).when().post("/api/v1/assessments/" + createShoeShop() + "/reassessments?evaluationDate=tomorrow")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("evaluationDate"));
    }

    private String createShoeShop() {
        return workspace.given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .when().post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldAnswerAnUnknownIdWithAProblem() {
        workspace.given().when().get("/api/v1/assessments/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static long count() {
        return QuarkusTransaction.requiringNew().call(() -> Assessment.count());
    }
}
