package dev.attest.transfer.rest;

import static dev.attest.transfer.rest.ImportRefusal.refused;
import static dev.attest.transfer.rest.TransferFixture.export;
import static dev.attest.transfer.rest.TransferFixture.tree;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.support.TestWorkspace;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The sections added to the export after its first documents (the organisation's remediation tasks, drafts,
 * re-assessments and its schedule pause): optional, so an older document still imports, and read as strictly as
 * the rest. {@code OrganisationTransferResourceTest} shows them read back identical after an import.
 */
@QuarkusTest
class OrganisationImportRecordsTest {

    private final TestWorkspace workspace = TestWorkspace.named("Old consultancy");
    private final TestWorkspace newConsultancy = TestWorkspace.named("New consultancy");

    @Test
    void shouldImportADocumentExportedBeforeTasksDraftsAndTheScheduleWereCarried() {
        TransferFixture client = new TransferFixture(workspace);
        ObjectNode document = tree(export(workspace, client.organisation));
        document.remove(List.of("tasks", "drafts", "reassessments"));
        ((ObjectNode) document.get("organisation")).remove("schedulePaused");
        String imported = newConsultancy.given().contentType(ContentType.JSON).body(document.toString())
                .post("/api/v1/organisations/import").then().statusCode(201).extract().path("id");
        String at = "/api/v1/organisations/" + imported;
        newConsultancy.given().get(at + "/schedule").then().statusCode(200)
                .body("paused", equalTo(false)).body("lastAssessedOn", equalTo("2027-01-15"));
        newConsultancy.given().get(at + "/drafts").then().statusCode(200).body("total", equalTo(0));
        newConsultancy.given().get(at + "/reassessments").then().statusCode(200).body("total", equalTo(0));
        newConsultancy.given().get(at + "/action-plan").then().statusCode(200)
                .body("tasks.findAll { it.checkId == '" + TransferFixture.PRETICKED + "' }.status", everyItem(equalTo("open")))
                .body("tasks.owner", everyItem(nullValue()));
    }

    @Test
    void shouldNameEveryBadFieldOfTheTasksDraftsAndReassessments() {
        TransferFixture client = new TransferFixture(workspace);
        ObjectNode document = tree(export(workspace, client.organisation));
        ((ObjectNode) document.get("organisation")).put("schedulePaused", "yes");
        ObjectNode accepted = (ObjectNode) document.at("/tasks/0");
        accepted.put("status", "in_progress");
        ObjectNode task = (ObjectNode) document.at("/tasks/1");
        task.put("status", "finished");
        task.put("dueDate", "end of February");
        task.put("stepNumber", "two");
        task.put("owner", 42);
        task.put("firstAssessmentId", "no-such-assessment");
        task.put("closedAt", "2026-11-28T10:00:00Z");
        ObjectNode open = (ObjectNode) document.at("/drafts/0");
        open.put("answers", "org_role=controller");
        open.put("language", "de");
        open.put("questionnaireId", "no-such-questionnaire");
        open.put("createdAt", "yesterday");
        ((ObjectNode) document.at("/drafts/1")).put("submittedAssessmentId", "no-such-assessment");
        ObjectNode reassessment = (ObjectNode) document.at("/reassessments/0");
        reassessment.put("trigger", "cron");
        reassessment.put("dueOn", "soon");
        reassessment.remove("assessmentId");
        reassessment.put("previousAssessmentId", "no-such-assessment");
        reassessment.put("needsReview", "no");
        ((ObjectNode) reassessment.get("drift")).put("score", "high");
        refused(newConsultancy, document, "/organisation/schedulePaused", "/tasks/0/riskReason", "/tasks/0/closedAt",
                "/tasks/1/status", "/tasks/1/dueDate", "/tasks/1/stepNumber", "/tasks/1/owner",
                "/tasks/1/firstAssessmentId", "/drafts/0/answers", "/drafts/0/language", "/drafts/0/questionnaireId",
                "/drafts/0/createdAt", "/drafts/1/submittedAssessmentId", "/reassessments/0/trigger",
                "/reassessments/0/dueOn", "/reassessments/0/assessmentId", "/reassessments/0/previousAssessmentId",
                "/reassessments/0/needsReview", "/reassessments/0/drift/score");
    }

    @Test
    void shouldRefuseSectionsOfTheWrongShapeAndRecordsListedTwice() {
        TransferFixture client = new TransferFixture(workspace);
        ObjectNode document = tree(export(workspace, client.organisation));
        document.put("tasks", "none");
        document.set("drafts", tree("{\"questionnaireId\": \"core\"}"));
        ((ArrayNode) document.get("reassessments")).add(42);
        refused(newConsultancy, document, "/tasks", "/drafts", "/reassessments/1");

        ObjectNode twice = tree(export(workspace, client.organisation));
        ((ArrayNode) twice.get("tasks")).add(twice.at("/tasks/0").deepCopy());
        ((ArrayNode) twice.get("reassessments")).add(twice.at("/reassessments/0").deepCopy());
        refused(newConsultancy, twice, "/tasks/2", "/reassessments/1/dueOn");
    }
}
