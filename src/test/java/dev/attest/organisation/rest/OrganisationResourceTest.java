package dev.attest.organisation.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.attest.organisation.Organisation;
import dev.attest.support.TestWorkspace;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Creates, reads, replaces and lists organisations; {@code OrganisationResourcePostgresTest} runs the same on PostgreSQL. */
@QuarkusTest
@SuppressWarnings("unchecked")
class OrganisationResourceTest {

    static final String SHOE_SHOP = """
            {"name": "Kleine Schuhe GmbH", "country": "DE", "sector": "retail", "reassessmentMonths": 6,
             "contacts": [{"name": "Anna Becker", "email": "anna.becker@example.de", "role": "DPO"}]}""";

    private final TestWorkspace workspace = TestWorkspace.named("Organisation tests");
    private final TestWorkspace other = TestWorkspace.named("Other consultancy");

    @Test
    void shouldCreateAnOrganisationAndReadItBack() {
        String id = workspace.given().contentType(ContentType.JSON).body(SHOE_SHOP)
                .post("/api/v1/organisations")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/organisations/[0-9a-f-]{36}"))
                .body("name", equalTo("Kleine Schuhe GmbH"))
                .extract().path("id");
        workspace.given().get("/api/v1/organisations/" + id)
                .then().statusCode(200)
                .body("country", equalTo("DE"))
                .body("sector", equalTo("retail"))
                .body("reassessmentMonths", equalTo(6))
                .body("contacts.email", contains("anna.becker@example.de"))
                .body("contacts[0].role", equalTo("DPO"));
        String workspaceId = QuarkusTransaction.requiringNew()
                .call(() -> Organisation.<Organisation>findById(id).workspaceId);
        assertThat(workspaceId).isEqualTo(workspace.id());
    }

    @Test
    void shouldDefaultTheCadenceToTwelveMonthsAndTheContactsToNone() {
        workspace.given().contentType(ContentType.JSON).body("{\"name\": \"Bakery\", \"country\": \"CA\"}")
                .post("/api/v1/organisations")
                .then().statusCode(201)
                .body("reassessmentMonths", equalTo(12))
                .body("contacts", empty());
    }

    @Test
    void shouldReplaceAnOrganisationWithPut() {
        String id = create(workspace, SHOE_SHOP);
        workspace.given().contentType(ContentType.JSON)
                .body("{\"name\": \"Kleine Schuhe AG\", \"country\": \"AT\", \"reassessmentMonths\": 24}")
                .put("/api/v1/organisations/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Kleine Schuhe AG"))
                .body("country", equalTo("AT"))
                .body("reassessmentMonths", equalTo(24))
                .body("contacts", empty());
        workspace.given().get("/api/v1/organisations/" + id).then().body("name", equalTo("Kleine Schuhe AG"));
    }

    @Test
    void shouldNameEveryBadFieldWithAJsonPointer() {
        String bad = """
                {"name": " ", "country": "Germany", "reassessmentMonths": 37,
                 "contacts": [{"name": "Anna", "email": "not-an-address"}, {"email": "b@example.de"}]}""";
        workspace.given().contentType(ContentType.JSON).body(bad)
                .post("/api/v1/organisations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:attest:problem:invalid-request"))
                .body("errors.pointer", contains("/contacts/0/email", "/contacts/1/name", "/country", "/name",
                        "/reassessmentMonths"));
        workspace.given().get("/api/v1/organisations").then().body("total", equalTo(0));
    }

    @Test
    void shouldNotAcceptALowerCaseOrUnknownCountry() {
        for (String country : List.of("de", "XX", "DEU")) {
            workspace.given().contentType(ContentType.JSON).body("{\"name\": \"A\", \"country\": \"" + country + "\"}")
                    .post("/api/v1/organisations")
                    .then().statusCode(400).body("errors.pointer", contains("/country"));
        }
    }

    @Test
    void shouldNotChangeAnOrganisationWithAnInvalidReplacement() {
        String id = create(workspace, SHOE_SHOP);
        workspace.given().contentType(ContentType.JSON).body("{\"name\": \"\", \"country\": \"DE\"}")
                .put("/api/v1/organisations/" + id)
                .then().statusCode(400).body("errors.pointer", contains("/name"));
        workspace.given().get("/api/v1/organisations/" + id).then().body("name", equalTo("Kleine Schuhe GmbH"));
    }

    @Test
    void shouldRefuseAMissingBody() {
        workspace.given().contentType(ContentType.JSON).post("/api/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldAnswer404ForAnUnknownOrAnotherWorkspacesOrganisation() {
        String id = create(workspace, SHOE_SHOP);
        other.given().get("/api/v1/organisations/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        other.given().contentType(ContentType.JSON).body(SHOE_SHOP).put("/api/v1/organisations/" + id)
                .then().statusCode(404);
        workspace.given().get("/api/v1/organisations/00000000-0000-0000-0000-0000000000ff").then().statusCode(404);
    }

    @Test
    void shouldListPageByPageSortedByNameIgnoringCaseWithTheTotal() {
        List<String> names = List.of("Charlie", "alpha", "Bravo", "delta", "Echo");
        for (int i = 0; i < names.size(); i++) {
            String id = create(workspace, "{\"name\": \"" + names.get(i) + "\", \"country\": \"FR\"}");
            // The test clock is fixed, so creation times are spread out by hand.
            Instant createdAt = Instant.parse("2026-01-01T00:00:00Z").plus(i, ChronoUnit.DAYS);
            QuarkusTransaction.requiringNew().run(() -> Organisation.<Organisation>findById(id).createdAt = createdAt);
        }
        create(other, "{\"name\": \"Other client\", \"country\": \"FR\"}");
        workspace.given().queryParam("size", 2).queryParam("page", 0).get("/api/v1/organisations")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("items.name", contains("alpha", "Bravo"));
        List<String> all = workspace.given().queryParam("size", 100).get("/api/v1/organisations")
                .then().extract().path("items.name");
        assertThat(all).hasSize(5).doesNotContain("Other client");
        workspace.given().queryParam("size", 2).queryParam("page", 2).get("/api/v1/organisations")
                .then().body("items.name", contains("Echo")).body("total", equalTo(5));
        workspace.given().queryParam("sort", "-name").queryParam("size", 2).get("/api/v1/organisations")
                .then().body("items.name", contains("Echo", "delta"));
        workspace.given().queryParam("sort", "-createdAt").queryParam("size", 1).get("/api/v1/organisations")
                .then().body("items.name", contains("Echo"));
        workspace.given().queryParam("sort", "createdAt").queryParam("size", 1).get("/api/v1/organisations")
                .then().body("items.name", contains("Charlie"));
    }

    @Test
    void shouldNameABadPagingOrSortParameter() {
        workspace.given().queryParam("size", 0).get("/api/v1/organisations")
                .then().statusCode(400).body("errors[0].in", equalTo("query")).body("errors[0].pointer", equalTo("size"));
        workspace.given().queryParam("page", "first").get("/api/v1/organisations")
                .then().statusCode(400).body("errors[0].pointer", equalTo("page"));
        workspace.given().queryParam("sort", "country").get("/api/v1/organisations")
                .then().statusCode(400).body("errors[0].pointer", equalTo("sort"));
    }

    @Test
    void shouldDocumentEveryOrganisationEndpointWithTheKeySchemeAndItsErrors() {
        var openapi = RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        List<String> organisationPaths = paths.keySet().stream().filter(path -> path.startsWith("/api/v1/organisations"))
                .toList();
        assertThat(organisationPaths).contains("/api/v1/organisations", "/api/v1/organisations/{id}",
                "/api/v1/organisations/{id}/assessments", "/api/v1/organisations/{id}/history");
        for (String path : organisationPaths) {
            paths.get(path).forEach((method, operation) -> {
                assertThat(operation).as(method + " " + path).containsKeys("summary", "security", "responses");
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                assertThat(responses).as(method + " " + path).containsKeys("401", "429");
                if (path.contains("{id}")) {
                    assertThat(responses).as(method + " " + path).containsKey("404");
                }
            });
        }
        assertThat(openapi.getList("paths.'/api/v1/organisations/{id}/assessments'.get.parameters.find { it.name == 'sort' }.schema.enum",
                String.class)).contains("-evaluationDate", "-score");
        assertThat(openapi.getString("components.schemas.OrganisationPage.properties.items.items.'$ref'"))
                .endsWith("/Organisation");
        assertThat(openapi.getString("components.schemas.AssessmentPage.properties.items.items.'$ref'"))
                .endsWith("/AssessmentSummary");
    }

    static String create(TestWorkspace owner, String body) {
        return owner.given().contentType(ContentType.JSON).body(body).post("/api/v1/organisations")
                .then().statusCode(201).extract().path("id");
    }
}
