package dev.attest.transfer.rest;

import static dev.attest.transfer.rest.TransferFixture.export;
import static dev.attest.transfer.rest.TransferFixture.tree;
import static dev.attest.transfer.rest.TransferFixture.withIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.assessment.Assessment;
import dev.attest.organisation.Organisation;
import dev.attest.rules.ArchivedRulebase;
import dev.attest.support.TestWorkspace;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * An organisation exported from one workspace and imported into another reads back identical apart from its ids;
 * a bad document is refused field by field with nothing stored. {@code OrganisationErasureTest} covers erasure;
 * {@code OrganisationTransferResourcePostgresTest} runs the same on PostgreSQL.
 */
@QuarkusTest
class OrganisationTransferResourceTest {

    private final TestWorkspace workspace = TestWorkspace.named("Old consultancy");
    private final TestWorkspace newConsultancy = TestWorkspace.named("New consultancy");

    @Test
    void shouldExportTheOrganisationAsOneAttachedDocument() {
        TransferFixture client = new TransferFixture(workspace);
        Response response = workspace.given().get("/api/v1/organisations/" + client.organisation + "/export");
        response.then().statusCode(200)
                .contentType(ContentType.JSON)
                .header("Content-Disposition", equalTo("attachment; filename=\"attest-organisation-kleine-schuhe-gmbh-2026-11-28.json\""))
                .body("format", equalTo("attest-organisation-export"))
                .body("formatVersion", equalTo(1))
                .body("exportedAt", equalTo("2026-11-28T10:00:00Z"))
                .body("organisation.name", equalTo("Kleine Schuhe GmbH"))
                .body("organisation.reassessmentMonths", equalTo(18))
                .body("organisation.contacts[0].email", equalTo("anna.becker@example.de"))
                .body("assessments.id", containsInAnyOrder(client.first, client.second))
                .body("assessments.find { it.id == '" + client.second + "' }.previousAssessmentId", equalTo(client.first))
                .body("assessments.find { it.id == '" + client.second + "' }.evaluationDate", equalTo("2027-01-15"))
                .body("assessments.find { it.id == '" + client.first + "' }.actionPlanSteps.done", containsInAnyOrder(true, false))
                .body("rulebases", hasSize(1));
        JsonNode document = tree(response.asString());
        String version = document.at("/rulebases/0/version").asText();
        assertThat(document.at("/assessments/0/rulebaseVersion").asText()).isEqualTo(version);
        assertThat(document.at("/rulebases/0/files/logic").size()).isPositive();
        String stored = QuarkusTransaction.requiringNew().call(() -> Assessment.<Assessment>findById(client.first).result);
        JsonNode exportedFirst = document.at("/assessments/0/id").asText().equals(client.first)
                ? document.at("/assessments/0/result") : document.at("/assessments/1/result");
        assertThat(exportedFirst).isEqualTo(tree(stored));
    }

    @Test
    void shouldImportIntoAnotherWorkspaceAndReadTheAssessmentsBackIdentical() {
        TransferFixture client = new TransferFixture(workspace);
        String document = export(workspace, client.organisation);
        String imported = newConsultancy.given().contentType(ContentType.JSON).body(document)
                .post("/api/v1/organisations/import")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/organisations/[0-9a-f-]{36}"))
                .body("name", equalTo("Kleine Schuhe GmbH"))
                .extract().path("id");
        assertThat(imported).isNotEqualTo(client.organisation);
        Map<String, String> ids = newIds(client, imported);
        assertThat(ids.values()).doesNotContainAnyElementsOf(client.assessments());

        assertSame(ids, "/api/v1/organisations/" + client.organisation);
        assertSame(ids, "/api/v1/organisations/" + client.organisation + "/assessments");
        assertSame(ids, "/api/v1/organisations/" + client.organisation + "/history");
        for (String original : client.assessments()) {
            assertSame(ids, "/api/v1/assessments/" + original);
            assertSame(ids, "/api/v1/assessments/" + original + "/result.json");
            assertSame(ids, "/api/v1/assessments/" + original + "/action-plan");
        }
        assertSame(ids, "/api/v1/assessments/" + client.second + "/diff?against=" + client.first);
        // The frameworks listings filter on were rebuilt from the results.
        QuarkusTransaction.requiringNew().run(() -> {
            for (String original : client.assessments()) {
                assertThat(Assessment.<Assessment>findById(ids.get(original)).frameworks)
                        .isNotEmpty().isEqualTo(Assessment.<Assessment>findById(original).frameworks);
            }
        });
        // The old workspace keeps its organisation; the new one has only the import.
        workspace.given().get("/api/v1/organisations/" + client.organisation).then().statusCode(200);
        newConsultancy.given().get("/api/v1/organisations").then().body("total", equalTo(1));
    }

    @Test
    void shouldImportAnExportLargerThanTheUsualBodyLimit() {
        TransferFixture client = new TransferFixture(workspace);
        ObjectNode document = tree(export(workspace, client.organisation));
        document.put("note", "x".repeat(1_500_000));
        newConsultancy.given().contentType(ContentType.JSON).body(document.toString())
                .post("/api/v1/organisations/import").then().statusCode(201);
    }

    @Test
    void shouldRefuseAnImportOverItsLimitWithAProblem() {
        String huge = "{\"format\": \"attest-organisation-export\", \"note\": \"" + "x".repeat(33 * 1024 * 1024) + "\"}";
        newConsultancy.given().contentType(ContentType.JSON).body(huge)
                .post("/api/v1/organisations/import")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("32768 KiB"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDocumentTheTransferEndpointsWithTheKeySchemeAndTheirErrors() {
        var openapi = RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        Map<String, List<String>> expected = Map.of(
                "get /api/v1/organisations/{id}/export", List.of("200", "401", "404", "429"),
                "post /api/v1/organisations/import", List.of("201", "400", "401", "413", "429"),
                "delete /api/v1/organisations/{id}", List.of("204", "401", "404", "429"),
                "get /api/v1/erasures", List.of("200", "400", "401", "429"));
        expected.forEach((operation, statuses) -> {
            String[] methodAndPath = operation.split(" ");
            Map<String, Object> documented = paths.get(methodAndPath[1]).get(methodAndPath[0]);
            assertThat(documented).as(operation).containsKeys("summary", "security", "tags");
            assertThat((Map<String, Object>) documented.get("responses")).as(operation).containsOnlyKeys(statuses);
        });
    }

    @Test
    void shouldArchiveARulebaseVersionTheInstallationLacks() {
        TransferFixture client = new TransferFixture(workspace);
        ObjectNode document = tree(export(workspace, client.organisation));
        String version = ImportedRulebase.changeLogic(document);
        ArchivedRulebase before = QuarkusTransaction.requiringNew().call(() -> ArchivedRulebase.<ArchivedRulebase>findById(version));
        assertThat(before).isNull();
        newConsultancy.given().contentType(ContentType.JSON).body(document.toString())
                .post("/api/v1/organisations/import").then().statusCode(201);
        ArchivedRulebase archived = QuarkusTransaction.requiringNew().call(() -> ArchivedRulebase.<ArchivedRulebase>findById(version));
        assertThat(archived).isNotNull();
        assertThat(archived.files).contains("// Brought by an import");
    }

    @Test
    void shouldRefuseARulebaseWhoseFilesDoNotMatchItsVersion() {
        TransferFixture client = new TransferFixture(workspace);
        ObjectNode document = tree(export(workspace, client.organisation));
        ObjectNode logic = (ObjectNode) document.at("/rulebases/0/files/logic");
        String file = ImportedRulebase.firstLogicFile(document);
        logic.put(file, logic.get(file).asText() + "\n// tampered\n");
        refused(document, "/rulebases/0/version");
    }

    @Test
    void shouldRefuseAnotherFormatOrVersion() {
        refused(tree("{\"format\": \"something-else\", \"formatVersion\": 2}"), "/format", "/formatVersion");
    }

    @Test
    void shouldNameEveryBadFieldAndStoreNothing() {
        TransferFixture client = new TransferFixture(workspace);
        ObjectNode document = tree(export(workspace, client.organisation));
        ((ObjectNode) document.get("organisation")).put("country", "Germany");
        ((ObjectNode) document.at("/assessments/0")).put("answers", "not an object");
        ((ObjectNode) document.at("/assessments/0")).put("createdAt", "yesterday");
        ((ObjectNode) document.at("/assessments/1/result")).remove("scores");
        ((ObjectNode) document.at("/assessments/1/result")).put("evaluationDate", "2020-01-01");
        ((ObjectNode) document.at("/assessments/1")).remove("questionnaireVersion");
        ((ObjectNode) document.at("/assessments/1/actionPlanSteps/0")).put("stepNumber", 0);
        refused(document, "/organisation/country", "/assessments/0/answers", "/assessments/0/createdAt",
                "/assessments/1/result/scores", "/assessments/1/questionnaireVersion",
                "/assessments/1/actionPlanSteps/0/stepNumber");
    }

    @Test
    void shouldRefuseBrokenLinksBetweenAssessments() {
        TransferFixture client = new TransferFixture(workspace);
        ObjectNode document = tree(export(workspace, client.organisation));
        int second = document.at("/assessments/0/id").asText().equals(client.second) ? 0 : 1;
        ((ObjectNode) document.at("/assessments/" + second)).put("previousAssessmentId", "no-such-assessment");
        refused(document, "/assessments/" + second + "/previousAssessmentId");

        ObjectNode circle = tree(export(workspace, client.organisation));
        ((ObjectNode) circle.at("/assessments/" + (1 - second))).put("previousAssessmentId", client.second);
        refused(circle, "/assessments/0/previousAssessmentId", "/assessments/1/previousAssessmentId");

        ObjectNode twice = tree(export(workspace, client.organisation));
        ((ArrayNode) twice.get("assessments")).add(twice.at("/assessments/0").deepCopy());
        refused(twice, "/assessments/2/id");
    }

    /** The document is refused naming exactly these fields, and nothing of it is stored. */
    private void refused(JsonNode document, String... pointers) {
        long archived = QuarkusTransaction.requiringNew().call(() -> ArchivedRulebase.count());
        newConsultancy.given().contentType(ContentType.JSON).body(document.toString())
                .post("/api/v1/organisations/import")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder(pointers));
        newConsultancy.given().get("/api/v1/organisations").then().body("total", equalTo(0));
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Organisation.count("workspaceId", newConsultancy.id())).isZero();
            assertThat(Assessment.count("workspaceId", newConsultancy.id())).isZero();
            assertThat(ArchivedRulebase.count()).isEqualTo(archived);
        });
    }

    /** The imported organisation's assessment ids, by the original ids (the organisation's too). */
    private Map<String, String> newIds(TransferFixture client, String imported) {
        List<String> items = newConsultancy.given().get("/api/v1/organisations/" + imported + "/assessments")
                .then().statusCode(200).body("total", equalTo(2)).extract().path("items.id");
        String newSecond = items.stream().filter(id -> previous(id) != null).findFirst().orElseThrow();
        String newFirst = previous(newSecond);
        assertThat(items).containsExactlyInAnyOrder(newFirst, newSecond);
        return Map.of(client.organisation, imported, client.first, newFirst, client.second, newSecond);
    }

    private String previous(String assessment) {
        return newConsultancy.given().get("/api/v1/assessments/" + assessment).then().statusCode(200)
                .extract().path("previousAssessmentId");
    }

    /** The original's answer at {@code path}, ids replaced by their new ones, equals the import's. */
    private void assertSame(Map<String, String> ids, String path) {
        String original = workspace.given().get(path).then().statusCode(200).extract().asString();
        String copyPath = path;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            copyPath = copyPath.replace(id.getKey(), id.getValue());
        }
        String copy = newConsultancy.given().get(copyPath).then().statusCode(200).extract().asString();
        assertThat(tree("{\"body\": " + copy + "}").get("body")).as(path).isEqualTo(withIds(original, ids));
    }
}
