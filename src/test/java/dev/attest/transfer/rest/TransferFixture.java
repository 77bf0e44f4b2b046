package dev.attest.transfer.rest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.assessment.Assessment;
import dev.attest.draft.Draft;
import dev.attest.support.ExampleFiles;
import dev.attest.support.TestWorkspace;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

/**
 * A client with a history, built through the API as a consultant would: an organisation, its first assessment and a
 * re-assessment linked to it, with action plan steps ticked on both; two remediation tasks (one in progress with an
 * owner, due date and notes, one whose risk is accepted); a re-assessment on request; an open draft with some answers
 * and a draft submitted as an assessment; and its schedule paused.
 */
final class TransferFixture {

    static final String PRETICKED = "GDPR-ART7-PRETICKED";
    static final String ORGANISATION = """
            {
              "name": "Kleine Schuhe GmbH",
              "country": "DE",
              "sector": "retail",
              "reassessmentMonths": 18,
              "contacts": [{"name": "Anna Becker", "email": "anna.becker@example.de", "role": "Data protection officer"}]
            }""";
    static final ObjectMapper JSON = new ObjectMapper();

    final String organisation;
    final String first;
    final String second;
    /** The re-assessment on request, of {@link #second}. */
    final String third;
    /** The assessment {@link #submittedDraft} was submitted as. */
    final String fromDraft;
    /** An open draft with some of the answers. */
    final String draft;
    final String submittedDraft;

    TransferFixture(TestWorkspace workspace) {
        organisation = workspace.given().contentType(ContentType.JSON).body(ORGANISATION)
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        first = workspace.given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .post("/api/v1/organisations/" + organisation + "/assessments").then().statusCode(201).extract().path("id");
        tick(workspace, first, 1, true);
        tick(workspace, first, 2, true);
        tick(workspace, first, 2, false);
        second = workspace.given().contentType(ContentType.JSON).queryParam("evaluationDate", "2027-01-15")
                .post("/api/v1/assessments/" + first + "/reassessments").then().statusCode(201).extract().path("id");
        tick(workspace, second, 1, true);
        String at = "/api/v1/organisations/" + organisation;
        task(workspace, at, 2, "{\"owner\": \"Jonas Weber\", \"dueDate\": \"2027-02-28\", \"status\": \"in_progress\", "
                + "\"notes\": \"Shop theme update booked for February\"}");
        task(workspace, at, 1, "{\"status\": \"risk_accepted\", \"riskReason\": \"The old checkout goes away in March\"}");
        third = workspace.given().post(at + "/reassessments").then().statusCode(201).extract().path("assessmentId");
        draft = workspace.given().contentType(ContentType.JSON)
                .body("{\"language\": \"ru\", \"answers\": {\"org_role\": \"controller\", \"eu_establishment\": true}}")
                .post(at + "/drafts").then().statusCode(201).extract().path("id");
        submittedDraft = workspace.given().contentType(ContentType.JSON)
                .body("{\"answers\": " + ExampleFiles.json("shoe-shop").get("answers") + "}")
                .post(at + "/drafts").then().statusCode(201).extract().path("id");
        fromDraft = workspace.given().post("/api/v1/drafts/" + submittedDraft + "/submit").then().statusCode(201)
                .extract().path("id");
        workspace.given().contentType(ContentType.JSON).body("{\"paused\": true}").put(at + "/schedule")
                .then().statusCode(200);
        spreadOverTime();
    }

    List<String> assessments() {
        return List.of(first, second, third, fromDraft);
    }

    /**
     * The test clock stands still, so everything above was made at the same instant, and listings would order it by
     * its (random) ids. Made hours apart instead, as a consultant would, it lists the same way in every workspace.
     */
    private void spreadOverTime() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<String> made = assessments();
            for (int i = 0; i < made.size(); i++) {
                Instant when = Instant.parse("2026-11-28T06:00:00Z").plus(i, ChronoUnit.HOURS);
                Assessment.update("createdAt = ?1, updatedAt = ?1 where id = ?2", when, made.get(i));
            }
            Draft.update("createdAt = ?1, updatedAt = ?2 where id = ?3", Instant.parse("2026-11-27T15:00:00Z"),
                    Instant.parse("2026-11-27T15:20:00Z"), draft);
        });
    }

    private static void task(TestWorkspace workspace, String organisation, int step, String body) {
        workspace.given().contentType(ContentType.JSON).body(body)
                .patch(organisation + "/action-plan/tasks/" + PRETICKED + "/" + step).then().statusCode(200);
    }

    static void tick(TestWorkspace workspace, String assessment, int step, boolean done) {
        workspace.given().contentType(ContentType.JSON).body("{\"done\": " + done + "}")
                .put("/api/v1/assessments/" + assessment + "/action-plan/" + PRETICKED + "/steps/" + step)
                .then().statusCode(200);
    }

    static String export(TestWorkspace workspace, String organisation) {
        return workspace.given().get("/api/v1/organisations/" + organisation + "/export")
                .then().statusCode(200).extract().asString();
    }

    static ObjectNode tree(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** {@code body} with every id of {@code ids} replaced by its counterpart, as a tree to compare. */
    static JsonNode withIds(String body, Map<String, String> ids) {
        String replaced = body;
        for (Map.Entry<String, String> id : new LinkedHashMap<>(ids).entrySet()) {
            replaced = replaced.replace(id.getKey(), id.getValue());
        }
        return tree("{\"body\": " + replaced + "}").get("body");
    }
}
