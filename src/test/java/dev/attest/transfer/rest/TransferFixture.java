package dev.attest.transfer.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.support.ExampleFiles;
import dev.attest.support.TestWorkspace;
import io.restassured.http.ContentType;

/**
 * A client with a history, built through the API as a consultant would: an organisation, its first assessment and a
 * re-assessment linked to it, with action plan steps ticked on both.
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
    }

    List<String> assessments() {
        return List.of(first, second);
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
