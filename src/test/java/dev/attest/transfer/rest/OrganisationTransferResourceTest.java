package dev.attest.transfer.rest;

import static dev.attest.transfer.rest.TransferFixture.export;
import static dev.attest.transfer.rest.TransferFixture.tree;
import static dev.attest.transfer.rest.TransferFixture.withIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.assessment.Assessment;
import dev.attest.rules.ArchivedRulebase;
import dev.attest.support.TestWorkspace;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * An organisation exported from one workspace and imported into another reads back identical apart from its ids;
 * a bad document is refused field by field with nothing stored. {@code OrganisationImportRecordsTest} covers the
 * optional sections (tasks, drafts, re-assessments) on their own; {@code OrganisationErasureTest} covers erasure;
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
                .body("organisation.schedulePaused", equalTo(true))
                .body("assessments.id", containsInAnyOrder(client.first, client.second, client.third, client.fromDraft))
                .body("assessments.find { it.id == '" + client.second + "' }.previousAssessmentId", equalTo(client.first))
                .body("assessments.find { it.id == '" + client.second + "' }.evaluationDate", equalTo("2027-01-15"))
                .body("assessments.find { it.id == '" + client.first + "' }.actionPlanSteps.done", containsInAnyOrder(true, false))
                .body("tasks.stepNumber", contains(1, 2))
                .body("tasks[1].owner", equalTo("Jonas Weber"))
                .body("tasks[1].dueDate", equalTo("2027-02-28"))
                .body("tasks[1].status", equalTo("in_progress"))
                .body("tasks[1].firstAssessmentId", equalTo(client.first))
                .body("tasks[0].riskReason", equalTo("The old checkout goes away in March"))
                .body("drafts.language", contains("ru", "en"))
                .body("drafts[0].answers", equalTo(Map.of("org_role", "controller", "eu_establishment", true)))
                .body("drafts[0].submittedAssessmentId", nullValue())
                .body("drafts[1].submittedAssessmentId", equalTo(client.fromDraft))
                .body("reassessments", hasSize(1))
                .body("reassessments[0].trigger", equalTo("request"))
                .body("reassessments[0].previousAssessmentId", equalTo(client.second))
                .body("reassessments[0].assessmentId", equalTo(client.third))
                .body("rulebases", hasSize(1));
        JsonNode document = tree(response.asString());
        // Nothing of the workspace: its id and its key stay with it.
        assertThat(response.asString()).doesNotContain(workspace.id(), workspace.key(), workspace.key().substring(0, 20),
                "workspaceId", "organisationId", "resumeToken", client.organisation, client.draft, client.submittedDraft);
        String version = document.at("/rulebases/0/version").asText();
        assertThat(document.at("/assessments/0/rulebaseVersion").asText()).isEqualTo(version);
        assertThat(document.at("/rulebases/0/files/logic").size()).isPositive();
        String stored = QuarkusTransaction.requiringNew().call(() -> Assessment.<Assessment>findById(client.first).result);
        assertThat(document.at("/assessments/" + index(document, client.first) + "/result")).isEqualTo(tree(stored));
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
        assertSame(ids, "/api/v1/organisations/" + client.organisation + "/action-plan");
        assertSame(ids, "/api/v1/organisations/" + client.organisation + "/drafts");
        assertSame(ids, "/api/v1/drafts/" + client.draft);
        assertSame(ids, "/api/v1/drafts/" + client.submittedDraft);
        assertSame(ids, "/api/v1/organisations/" + client.organisation + "/reassessments");
        assertSame(ids, "/api/v1/organisations/" + client.organisation + "/schedule");
        newConsultancy.given().get("/api/v1/organisations/" + imported + "/schedule").then()
                .body("paused", equalTo(true)).body("lastAssessedOn", equalTo("2027-01-15"));
        newConsultancy.given().get("/api/v1/drafts/" + ids.get(client.submittedDraft)).then()
                .body("status", equalTo("submitted")).body("submittedAssessmentId", equalTo(ids.get(client.fromDraft)));
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
        int second = index(document, client.second);
        ((ObjectNode) document.at("/assessments/" + second)).put("previousAssessmentId", "no-such-assessment");
        refused(document, "/assessments/" + second + "/previousAssessmentId");

        ObjectNode circle = tree(export(workspace, client.organisation));
        ((ObjectNode) circle.at("/assessments/" + index(circle, client.first))).put("previousAssessmentId", client.second);
        refused(circle, "/assessments/" + index(circle, client.first) + "/previousAssessmentId",
                "/assessments/" + index(circle, client.second) + "/previousAssessmentId");

        ObjectNode twice = tree(export(workspace, client.organisation));
        ((ArrayNode) twice.get("assessments")).add(twice.at("/assessments/0").deepCopy());
        refused(twice, "/assessments/4/id");
    }

    private void refused(JsonNode document, String... pointers) {
        ImportRefusal.refused(newConsultancy, document, pointers);
    }

    /**
     * The imported organisation's assessment, draft and re-assessment ids, by the original ids (the organisation's
     * too), matched by when they were made, which the fixture spreads apart and an import keeps.
     */
    private Map<String, String> newIds(TransferFixture client, String imported) {
        Map<String, String> ids = new HashMap<>(Map.of(client.organisation, imported));
        ids.putAll(byCreatedAt(workspace, "/api/v1/organisations/" + client.organisation + "/assessments",
                newConsultancy, "/api/v1/organisations/" + imported + "/assessments", 4));
        ids.putAll(byCreatedAt(workspace, "/api/v1/organisations/" + client.organisation + "/drafts",
                newConsultancy, "/api/v1/organisations/" + imported + "/drafts", 2));
        ids.putAll(byCreatedAt(workspace, "/api/v1/organisations/" + client.organisation + "/reassessments",
                newConsultancy, "/api/v1/organisations/" + imported + "/reassessments", 1));
        assertThat(ids.keySet()).containsAll(client.assessments()).contains(client.draft, client.submittedDraft);
        return ids;
    }

    private static Map<String, String> byCreatedAt(TestWorkspace from, String fromPath, TestWorkspace to, String toPath,
            int total) {
        List<Map<String, String>> originals = from.given().get(fromPath).then().statusCode(200)
                .body("total", equalTo(total)).extract().path("items");
        List<Map<String, String>> copies = to.given().get(toPath).then().statusCode(200)
                .body("total", equalTo(total)).extract().path("items");
        Map<String, String> ids = new HashMap<>();
        for (Map<String, String> original : originals) {
            List<Map<String, String>> copy = copies.stream()
                    .filter(item -> item.get("createdAt").equals(original.get("createdAt"))).toList();
            assertThat(copy).as("made at " + original.get("createdAt")).hasSize(1);
            ids.put(original.get("id"), copy.get(0).get("id"));
        }
        assertThat(ids.values()).doesNotHaveDuplicates().doesNotContainAnyElementsOf(ids.keySet());
        return ids;
    }

    private static int index(JsonNode document, String assessment) {
        for (int i = 0; i < document.get("assessments").size(); i++) {
            if (document.at("/assessments/" + i + "/id").asText().equals(assessment)) {
                return i;
            }
        }
        throw new AssertionError("No assessment " + assessment + " in the document");
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
