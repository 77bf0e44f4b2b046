package dev.attest.organisation.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.assessment.Assessment;
import dev.attest.support.ExampleFiles;
import dev.attest.support.TestWorkspace;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Assessments of an organisation: stored for it, listed with filters, sorting and pages, and its score history.
 * {@code OrganisationAssessmentResourcePostgresTest} runs the same on PostgreSQL.
 */
@QuarkusTest
class OrganisationAssessmentResourceTest {

    private final TestWorkspace workspace = TestWorkspace.named("Organisation assessment tests");
    private final TestWorkspace other = TestWorkspace.named("Other consultancy");

    private String organisation;
    private String oldest;
    private String middle;
    private String newest;

    /** Three years of one client, each year from a different example business so scores and frameworks differ. */
    @BeforeEach
    void assessThreeYears() {
        organisation = OrganisationResourceTest.create(workspace, OrganisationResourceTest.SHOE_SHOP);
        oldest = assess(organisation, "shoe-shop", "2024-11-28");
        middle = assess(organisation, "california-retailer", "2025-11-28");
        newest = assess(organisation, "well-run-bookshop", "2026-11-28");
    }

    @Test
    void shouldStoreAnAssessmentForTheOrganisationAndReadItBackAsUsual() {
        workspace.given().get("/api/v1/assessments/" + oldest)
                .then().statusCode(200)
                .body("result.findings.ruleId", hasItem("GDPR-ART7-PRETICKED"));
        workspace.given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .post("/api/v1/organisations/" + organisation + "/assessments")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/assessments/[0-9a-f-]{36}"))
                .body("organisationId", equalTo(organisation));
    }

    @Test
    void shouldKeepAReassessmentWithTheOrganisation() {
        String reassessment = workspace.given().contentType(ContentType.JSON).queryParam("evaluationDate", "2027-01-15")
                .post("/api/v1/assessments/" + oldest + "/reassessments")
                .then().statusCode(201)
                .body("organisationId", equalTo(organisation))
                .extract().path("id");
        workspace.given().get(listing()).then().body("items[0].id", equalTo(reassessment)).body("total", equalTo(4));
    }

    @Test
    void shouldListTheOrganisationsAssessmentsNewestFirstWithTheTotal() {
        workspace.given().get(listing())
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains(newest, middle, oldest))
                .body("items.organisationId", everyItem(equalTo(organisation)))
                .body("items[0].evaluationDate", equalTo("2026-11-28"));
    }

    @Test
    void shouldNotListAssessmentsOfAnotherOrganisationOrWithoutOne() {
        String second = OrganisationResourceTest.create(workspace, "{\"name\": \"Second\", \"country\": \"FR\"}");
        assess(second, "shoe-shop", "2026-01-01");
        workspace.given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop")).post("/api/v1/assessments")
                .then().statusCode(201);
        workspace.given().get(listing()).then().body("total", equalTo(3));
        workspace.given().get("/api/v1/organisations/" + second + "/assessments").then().body("total", equalTo(1));
        workspace.given().get("/api/v1/assessments").then().body("total", equalTo(5));
    }

    @Test
    void shouldStoreApplicabilityInTheShapeTheMigrationBackfilledFrameworksFrom() {
        // V7 found the frameworks of assessments stored before it by this text in their results.
        String result = QuarkusTransaction.requiringNew().call(() -> Assessment.<Assessment>findById(middle).result);
        assertThat(result).contains("{\"framework\":\"GDPR\",\"applies\":true",
                "{\"framework\":\"CCPA\",\"applies\":true");
        String shoeShop = QuarkusTransaction.requiringNew().call(() -> Assessment.<Assessment>findById(oldest).result);
        assertThat(shoeShop).contains("{\"framework\":\"CCPA\",\"applies\":false");
        // The same match, as the migration runs it, on this test's database.
        Number matching = QuarkusTransaction.requiringNew().call(() -> (Number) Assessment.getEntityManager()
                .createNativeQuery("select count(*) from assessment where id in (?1, ?2, ?3)"
                        + " and result like '%{\"framework\":\"CCPA\",\"applies\":true%'")
                .setParameter(1, oldest).setParameter(2, middle).setParameter(3, newest).getSingleResult());
        assertThat(matching.intValue()).isEqualTo(1);
    }

    @Test
    void shouldPageThroughTheAssessments() {
        workspace.given().queryParam("size", 2).queryParam("page", 0).get(listing())
                .then().body("items.id", contains(newest, middle)).body("total", equalTo(3));
        workspace.given().queryParam("size", 2).queryParam("page", 1).get(listing())
                .then().body("items.id", contains(oldest)).body("total", equalTo(3));
    }

    @Test
    void shouldFilterByEvaluationDateRange() {
        workspace.given().queryParam("from", "2025-01-01").queryParam("to", "2025-12-31").get(listing())
                .then().body("items.id", contains(middle)).body("total", equalTo(1));
        workspace.given().queryParam("from", "2025-11-28").get(listing())
                .then().body("items.id", contains(newest, middle));
        workspace.given().queryParam("to", "2025-11-28").get(listing())
                .then().body("items.id", contains(middle, oldest));
    }

    @Test
    void shouldFilterByFramework() {
        workspace.given().queryParam("framework", "CCPA").get(listing())
                .then().body("items.id", contains(middle)).body("total", equalTo(1));
        workspace.given().queryParam("framework", "GDPR").get(listing())
                .then().body("items.id", containsInAnyOrder(oldest, middle, newest));
    }

    @Test
    void shouldFilterByBand() {
        List<Map<String, Object>> all = workspace.given().get(listing()).then().extract().path("items");
        for (String band : List.of("red", "amber", "green")) {
            List<Object> expected = all.stream().filter(item -> band.equals(item.get("band")))
                    .map(item -> item.get("id")).toList();
            List<String> found = workspace.given().queryParam("band", band).get(listing())
                    .then().statusCode(200).extract().path("items.id");
            assertThat(found).as(band).containsExactlyInAnyOrderElementsOf(expected.stream().map(String::valueOf).toList());
        }
    }

    @Test
    void shouldSortByScoreBothWays() {
        List<Integer> ascending = workspace.given().queryParam("sort", "score").get(listing())
                .then().statusCode(200).extract().path("items.overallScore");
        assertThat(ascending).hasSize(3).isSortedAccordingTo(Comparator.naturalOrder());
        List<Integer> descending = workspace.given().queryParam("sort", "-score").get(listing())
                .then().extract().path("items.overallScore");
        assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder());
        workspace.given().queryParam("sort", "evaluationDate").get(listing())
                .then().body("items.id", contains(oldest, middle, newest));
    }

    @Test
    void shouldNameEveryBadListingParameter() {
        workspace.given().queryParam("from", "28.11.2026").queryParam("band", "purple").queryParam("framework", "HIPAA")
                .get(listing())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", contains("from", "band", "framework"))
                .body("errors.in", everyItem(equalTo("query")));
        workspace.given().queryParam("from", "2026-01-01").queryParam("to", "2025-01-01").get(listing())
                .then().statusCode(400).body("errors.pointer", contains("to"));
        workspace.given().queryParam("sort", "name").get(listing())
                .then().statusCode(400).body("errors.pointer", contains("sort"));
        workspace.given().queryParam("size", 101).get("/api/v1/assessments")
                .then().statusCode(400).body("errors.pointer", contains("size"));
    }

    @Test
    void shouldGiveTheScoreOverTimeOldestFirstPerFrameworkAndOverall() {
        List<Integer> overallScores = workspace.given().queryParam("sort", "evaluationDate").get(listing())
                .then().extract().path("items.overallScore");
        workspace.given().get("/api/v1/organisations/" + organisation + "/history")
                .then().statusCode(200)
                .body("organisationId", equalTo(organisation))
                .body("overall.assessmentId", contains(oldest, middle, newest))
                .body("overall.evaluationDate", contains("2024-11-28", "2025-11-28", "2026-11-28"))
                .body("overall.score", equalTo(overallScores))
                .body("frameworks.framework", hasItem("GDPR"))
                .body("frameworks.find { it.framework == 'GDPR' }.points.assessmentId", contains(oldest, middle, newest))
                .body("frameworks.find { it.framework == 'GDPR' }.points.status", everyItem(equalTo("scored")))
                .body("frameworks.find { it.framework == 'CCPA' }.points.status",
                        contains("not-applicable", "scored", "not-applicable"));
    }

    @Test
    void shouldAnswer404ForAnotherWorkspacesOrganisation() {
        other.given().get(listing()).then().statusCode(404).contentType("application/problem+json");
        other.given().get("/api/v1/organisations/" + organisation + "/history").then().statusCode(404);
        other.given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .post(listing()).then().statusCode(404);
        other.given().get("/api/v1/assessments").then().body("total", equalTo(0));
        workspace.given().get(listing()).then().body("total", equalTo(3));
    }

    private String listing() {
        return "/api/v1/organisations/" + organisation + "/assessments";
    }

    private String assess(String organisationId, String example, String date) {
        ObjectNode body = ExampleFiles.json(example);
        body.put("evaluationDate", date);
        return workspace.given().contentType(ContentType.JSON).body(body.toString())
                .post("/api/v1/organisations/" + organisationId + "/assessments")
                .then().statusCode(201).extract().path("id");
    }
}
