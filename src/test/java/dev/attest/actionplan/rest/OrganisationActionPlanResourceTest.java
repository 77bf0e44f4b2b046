package dev.attest.actionplan.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.support.AtOnce;
import dev.attest.support.ExampleFiles;
import dev.attest.support.TestWorkspace;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * An organisation's action plan as tasks carried over between its assessments. The shoe shop fails
 * GDPR-ART7-PRETICKED (fixed by unticking the consent box) and GDPR-ART5-RETENTION (still there a year later).
 * {@code OrganisationActionPlanResourcePostgresTest} runs the same on PostgreSQL.
 */
@QuarkusTest
class OrganisationActionPlanResourceTest {

    private static final String PRETICKED = "GDPR-ART7-PRETICKED";
    private static final String RETENTION = "GDPR-ART5-RETENTION";
    private static final String ORGANISATION = "{\"name\": \"Kleine Schuhe GmbH\", \"country\": \"DE\"}";
    private static final String UNKNOWN = "00000000-0000-0000-0000-0000000000aa";
    /** First changes of one task sent at the same moment: more than the two cores run at once. */
    private static final int SIMULTANEOUS = 8;

    private final TestWorkspace workspace = TestWorkspace.named("Organisation action plan tests");
    private final TestWorkspace other = TestWorkspace.named("Other consultancy");

    @Test
    void shouldListOneOpenTaskPerStepOfTheLatestAssessmentMostSevereFirst() {
        String organisation = organisation();
        String assessment = assess(organisation, "2025-11-28", true);
        JsonPath perAssessment = workspace.given().get("/api/v1/assessments/" + assessment + "/action-plan").then()
                .statusCode(200).extract().jsonPath();

        JsonPath plan = plan(organisation).jsonPath();

        assertThat(plan.getString("latestAssessmentId")).isEqualTo(assessment);
        assertThat(plan.getString("evaluationDate")).isEqualTo("2025-11-28");
        List<String> expectedChecks = perAssessment.getList("findings").stream().flatMap(finding -> {
            Map<?, ?> map = (Map<?, ?>) finding;
            return ((List<?>) map.get("steps")).stream().map(step -> (String) map.get("checkId"));
        }).toList();
        assertThat(plan.getList("tasks.checkId", String.class)).containsExactlyElementsOf(expectedChecks);
        assertThat(plan.getList("tasks.text", String.class)).containsExactlyElementsOf(perAssessment.getList("findings.steps.text")
                .stream().flatMap(steps -> ((List<?>) steps).stream()).map(String.class::cast).toList());
        assertThat(plan.getList("tasks.status", String.class)).isNotEmpty().containsOnly("open");
        assertThat(plan.getInt("total")).isEqualTo(expectedChecks.size()).isEqualTo(perAssessment.getInt("total"));
        assertThat(plan.getMap("byStatus")).containsEntry("open", expectedChecks.size()).containsEntry("done", 0);
        Map<String, Object> first = plan.getMap("tasks.find { it.checkId == '" + PRETICKED + "' && it.stepNumber == 1 }");
        assertThat(first).containsEntry("title", "Consent boxes are ticked in advance").containsEntry("severity", "high")
                .containsEntry("firstAssessmentId", assessment).containsEntry("lastAssessmentId", assessment)
                .containsEntry("findingStillPresent", false).doesNotContainKeys("owner", "dueDate", "updatedAt", "closedAt");
        assertThat(plan.getList("resolved")).isEmpty();
    }

    @Test
    void shouldCarryATaskOverWithItsOwnerStatusAndNotesWhenTheFindingPersists() {
        String organisation = organisation();
        String first = assess(organisation, "2025-11-28", true);
        patch(organisation, RETENTION, 1, """
                {"status": "in_progress", "owner": "Anna Becker", "dueDate": "2026-03-01", "notes": "Deletion job planned."}""")
                .then().statusCode(200)
                .body("status", equalTo("in_progress"), "owner", equalTo("Anna Becker"), "dueDate", equalTo("2026-03-01"),
                        "notes", equalTo("Deletion job planned."), "updatedAt", notNullValue(), "closedAt", nullValue());

        String second = assess(organisation, "2026-11-28", true);

        JsonPath plan = plan(organisation).jsonPath();
        assertThat(plan.getString("latestAssessmentId")).isEqualTo(second);
        Map<String, Object> task = plan.getMap("tasks.find { it.checkId == '" + RETENTION + "' && it.stepNumber == 1 }");
        assertThat(task).containsEntry("status", "in_progress").containsEntry("owner", "Anna Becker")
                .containsEntry("dueDate", "2026-03-01").containsEntry("notes", "Deletion job planned.")
                .containsEntry("firstAssessmentId", first).containsEntry("lastAssessmentId", second);
        assertThat(plan.getMap("byStatus")).containsEntry("in_progress", 1);
        assertThat(plan.getList("resolved")).isEmpty();
    }

    @Test
    void shouldListATaskAsResolvedWhenALaterAssessmentNoLongerHasTheFinding() {
        String organisation = organisation();
        String first = assess(organisation, "2025-11-28", true);
        String text = plan(organisation).jsonPath()
                .getString("tasks.find { it.checkId == '" + PRETICKED + "' && it.stepNumber == 1 }.text");
        patch(organisation, PRETICKED, 1, "{\"status\": \"done\", \"owner\": \"Jonas Weber\"}").then().statusCode(200)
                .body("closedAt", notNullValue());

        String fixed = assess(organisation, "2026-11-28", false);

        Response response = plan(organisation);
        response.then().body("tasks.checkId", not(hasItem(PRETICKED)));
        JsonPath plan = response.jsonPath();
        assertThat(plan.getList("resolved")).hasSize(1);
        assertThat(plan.getMap("resolved[0]")).containsEntry("checkId", PRETICKED).containsEntry("stepNumber", 1)
                .containsEntry("text", text).containsEntry("title", "Consent boxes are ticked in advance")
                .containsEntry("status", "done").containsEntry("owner", "Jonas Weber")
                .containsEntry("firstAssessmentId", first).containsEntry("lastAssessmentId", first)
                .containsEntry("resolvedByAssessmentId", fixed).containsEntry("resolvedOn", "2026-11-28")
                .containsEntry("findingStillPresent", false);
        // A resolved task is history: it cannot be changed through the latest plan.
        patch(organisation, PRETICKED, 1, "{\"status\": \"open\"}").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("has no finding '" + PRETICKED + "'"));
    }

    @Test
    void shouldFlagADoneTaskWhoseFindingANewerAssessmentStillHas() {
        String organisation = organisation();
        assess(organisation, "2025-11-28", true);
        patch(organisation, RETENTION, 1, "{\"status\": \"done\"}").then().statusCode(200).body("findingStillPresent", equalTo(false));
        patch(organisation, PRETICKED, 1, "{\"status\": \"risk_accepted\", \"riskReason\": \"Old shop closes in June.\"}")
                .then().statusCode(200);
        assertThat(task(organisation, RETENTION, 1)).containsEntry("findingStillPresent", false);

        assess(organisation, "2026-11-28", true);

        assertThat(task(organisation, RETENTION, 1)).containsEntry("status", "done").containsEntry("findingStillPresent", true);
        assertThat(task(organisation, PRETICKED, 1)).containsEntry("status", "risk_accepted")
                .containsEntry("riskReason", "Old shop closes in June.").containsEntry("findingStillPresent", false);
        // Marking it done again against the latest assessment confirms it.
        patch(organisation, RETENTION, 1, "{\"status\": \"done\"}").then().statusCode(200).body("findingStillPresent", equalTo(false));
        assertThat(task(organisation, RETENTION, 1)).containsEntry("findingStillPresent", false);
    }

    @Test
    void shouldAcceptARiskOnlyWithAReason() {
        String organisation = organisation();
        assess(organisation, "2025-11-28", true);
        for (String body : List.of("{\"status\": \"risk_accepted\"}", "{\"status\": \"risk_accepted\", \"riskReason\": \"  \"}",
                "{\"status\": \"risk_accepted\", \"riskReason\": null}")) {
            patch(organisation, PRETICKED, 1, body).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].in", equalTo("body"), "errors[0].pointer", equalTo("/riskReason"),
                            "errors[0].reason", containsString("required when the status is risk_accepted"));
        }
        assertThat(task(organisation, PRETICKED, 1)).containsEntry("status", "open");

        patch(organisation, PRETICKED, 1, "{\"status\": \"risk_accepted\", \"riskReason\": \"Old shop closes in June.\"}")
                .then().statusCode(200).body("status", equalTo("risk_accepted"), "riskReason", equalTo("Old shop closes in June."),
                        "closedAt", notNullValue());
        patch(organisation, PRETICKED, 1, "{\"riskReason\": null}").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/riskReason"));
        patch(organisation, PRETICKED, 1, "{\"status\": \"in_progress\"}").then().statusCode(200)
                .body("status", equalTo("in_progress"), "riskReason", nullValue(), "closedAt", nullValue());
        patch(organisation, PRETICKED, 1, "{\"riskReason\": \"Because.\"}").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/riskReason"), "errors[0].reason", containsString("only with status risk_accepted"));
    }

    @Test
    void shouldChangeOnlyTheFieldsSentAndClearThoseSentAsNull() {
        String organisation = organisation();
        assess(organisation, "2025-11-28", true);
        patch(organisation, RETENTION, 2, """
                {"owner": "Anna Becker", "dueDate": "2026-03-01", "notes": "Ask the shop developer."}""").then().statusCode(200)
                .body("status", equalTo("open"));
        patch(organisation, RETENTION, 2, "{\"notes\": \"Developer booked.\"}").then().statusCode(200)
                .body("owner", equalTo("Anna Becker"), "dueDate", equalTo("2026-03-01"), "notes", equalTo("Developer booked."));
        patch(organisation, RETENTION, 2, "{\"owner\": null, \"dueDate\": null}").then().statusCode(200)
                .body("owner", nullValue(), "dueDate", nullValue(), "notes", equalTo("Developer booked."));
        assertThat(task(organisation, RETENTION, 2)).doesNotContainKeys("owner", "dueDate")
                .containsEntry("notes", "Developer booked.").containsEntry("status", "open");
        patch(organisation, RETENTION, 2, "{\"notes\": null}").then().statusCode(200);
        assertThat(task(organisation, RETENTION, 2)).doesNotContainKey("notes");
    }

    @Test
    void shouldNameEveryBadField() {
        String organisation = organisation();
        assess(organisation, "2025-11-28", true);
        String body = "{\"status\": \"closed\", \"dueDate\": \"next week\", \"owner\": \"" + "x".repeat(201)
                + "\", \"notes\": 42, \"colour\": \"red\"}";
        JsonPath problem = patch(organisation, PRETICKED, 1, body).then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors.pointer", String.class))
                .containsExactlyInAnyOrder("/status", "/dueDate", "/owner", "/notes", "/colour");
        assertThat(problem.getString("errors.find { it.pointer == '/status' }.reason"))
                .isEqualTo("expected one of open, in_progress, done, risk_accepted");
        assertThat(problem.getString("errors.find { it.pointer == '/dueDate' }.reason")).contains("YYYY-MM-DD");
        assertThat(problem.getString("errors.find { it.pointer == '/owner' }.reason")).contains("at most 200 characters");

        for (String empty : List.of("{}", "[]", "null")) {
            patch(organisation, PRETICKED, 1, empty).then().statusCode(400).body("errors[0].pointer", equalTo("/"));
        }
        for (String number : List.of("0", "two")) {
            patch(organisation, PRETICKED, number, "{\"status\": \"done\"}").then().statusCode(400)
                    .body("errors[0].in", equalTo("path"), "errors[0].pointer", equalTo("stepNumber"));
        }
        workspace.given().queryParam("status", "closed").get(planPath(organisation)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].in", equalTo("query"), "errors[0].pointer", equalTo("status"),
                        "errors[0].reason", containsString("risk_accepted"));
        assertThat(plan(organisation).jsonPath().getList("tasks.status", String.class)).containsOnly("open");
    }

    @Test
    void shouldNotFindACheckOrStepOutsideTheLatestPlan() {
        String organisation = organisation();
        patch(organisation, PRETICKED, 1, "{\"status\": \"done\"}").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("has no assessment yet"));
        plan(organisation).then().body("tasks", empty(), "resolved", empty(), "total", equalTo(0));

        String assessment = assess(organisation, "2025-11-28", true);
        String passed = workspace.given().get("/api/v1/assessments/" + assessment).then().extract().jsonPath()
                .getString("result.checks.find { it.outcome == 'passed' }.ruleId");
        for (String check : List.of("NO-SUCH-CHECK", passed)) {
            patch(organisation, check, 1, "{\"status\": \"done\"}").then().statusCode(404)
                    .contentType("application/problem+json").body("detail", containsString("has no finding '" + check + "'"));
        }
        patch(organisation, PRETICKED, 99, "{\"status\": \"done\"}").then().statusCode(404)
                .body("detail", containsString("there is no step 99"));
    }

    @Test
    void shouldAnswerAnotherWorkspacesOrganisationExactlyLikeAnUnknownOne() {
        String organisation = organisation();
        assess(organisation, "2025-11-28", true);
        String patch = "{\"status\": \"done\"}";
        for (String id : List.of(organisation, UNKNOWN)) {
            String read = other.given().get(planPath(id)).then().statusCode(404).contentType("application/problem+json")
                    .extract().asString();
            assertThat(read.replace(id, "ID")).isEqualTo(other.given().get(planPath(UNKNOWN)).then().extract().asString()
                    .replace(UNKNOWN, "ID"));
            String write = other.given().contentType(ContentType.JSON).body(patch)
                    .patch(planPath(id) + "/tasks/" + PRETICKED + "/1").then().statusCode(404).extract().asString();
            assertThat(write.replace(id, "ID")).isEqualTo(read.replace(id, "ID"));
        }
        assertThat(task(organisation, PRETICKED, 1)).containsEntry("status", "open");
    }

    @Test
    void shouldFilterTasksByStatusAndOwner() {
        String organisation = organisation();
        assess(organisation, "2025-11-28", true);
        patch(organisation, PRETICKED, 1, "{\"status\": \"in_progress\", \"owner\": \"Anna Becker\"}").then().statusCode(200);
        patch(organisation, RETENTION, 1, "{\"owner\": \"Jonas Weber\"}").then().statusCode(200);

        workspace.given().queryParam("status", "in_progress").get(planPath(organisation)).then().statusCode(200)
                .body("tasks.checkId", equalTo(List.of(PRETICKED)), "tasks.stepNumber", equalTo(List.of(1)));
        workspace.given().queryParam("owner", "jonas weber").get(planPath(organisation)).then().statusCode(200)
                .body("tasks.checkId", equalTo(List.of(RETENTION)), "tasks.owner", everyItem(equalTo("Jonas Weber")));
        int total = plan(organisation).jsonPath().getInt("total");
        workspace.given().queryParam("status", "open").get(planPath(organisation)).then().statusCode(200)
                .body("tasks.status", everyItem(equalTo("open")), "tasks.size()", equalTo(total - 1), "total", equalTo(total));
    }

    @Test
    void shouldGiveTheTextsInRussian() {
        String organisation = organisation();
        assess(organisation, "2025-11-28", true);
        patch(organisation, PRETICKED, 1, "{\"status\": \"done\"}").then().statusCode(200);
        String russianStep = workspace.given().queryParam("lang", "ru").get(planPath(organisation)).then().statusCode(200)
                .body("tasks.title", hasItem("Галочки согласия проставлены заранее")).extract().jsonPath()
                .getString("tasks.find { it.checkId == '" + PRETICKED + "' && it.stepNumber == 1 }.text");
        assertThat(russianStep).isNotEqualTo(task(organisation, PRETICKED, 1).get("text"));
        assertThat(russianStep).containsPattern("\\p{IsCyrillic}");

        assess(organisation, "2026-11-28", false);
        workspace.given().header("Accept-Language", "ru-RU").get(planPath(organisation)).then().statusCode(200)
                .body("resolved.title", equalTo(List.of("Галочки согласия проставлены заранее")),
                        "resolved[0].text", equalTo(russianStep));
    }

    @Test
    void shouldKeepTheAssessmentChecklistApartFromTheTasks() {
        String organisation = organisation();
        String assessment = assess(organisation, "2025-11-28", true);
        workspace.given().contentType(ContentType.JSON).body("{\"done\": true}")
                .put("/api/v1/assessments/" + assessment + "/action-plan/" + PRETICKED + "/steps/1").then().statusCode(200);
        assertThat(task(organisation, PRETICKED, 1)).containsEntry("status", "open");

        patch(organisation, RETENTION, 1, "{\"status\": \"done\"}").then().statusCode(200);
        workspace.given().get("/api/v1/assessments/" + assessment + "/action-plan").then().statusCode(200)
                .body("done", equalTo(1), "findings.find { it.checkId == '" + RETENTION + "' }.done", equalTo(0));
    }

    @Test
    void shouldDownloadTheTasksAsCsvOneRowPerTask() {
        String organisation = organisation();
        assess(organisation, "2025-11-28", true);
        patch(organisation, RETENTION, 1, "{\"status\": \"in_progress\", \"owner\": \"Becker, Anna\", \"notes\": \"Said \\\"soon\\\"\"}")
                .then().statusCode(200);
        patch(organisation, PRETICKED, 1, "{\"status\": \"done\"}").then().statusCode(200);
        String fixed = assess(organisation, "2026-11-28", false);
        int total = plan(organisation).jsonPath().getInt("total");

        byte[] body = workspace.given().queryParam("lang", "ru").get(planPath(organisation) + ".csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attest-organisation-action-plan-" + organisation + "-ru.csv"))
                .extract().asByteArray();

        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("plan,severity,checkId,citation,finding,step,action,status,owner,dueDate,"
                + "riskReason,notes,findingStillPresent,firstAssessmentId,lastAssessmentId,resolvedByAssessmentId,"
                + "resolvedOn,updatedAt,closedAt");
        assertThat(lines).hasSize(1 + total + 1);
        assertThat(lines.subList(1, 1 + total)).allMatch(line -> line.startsWith("current,"));
        assertThat(lines.get(total + 1)).startsWith("resolved,high," + PRETICKED + ",").contains(",done,")
                .contains("," + fixed + ",2026-11-28,");
        assertThat(csv).contains(",in_progress,\"Becker, Anna\",,,\"Said \"\"soon\"\"\",false,");
        assertThat(csv).containsPattern("\\p{IsCyrillic}");
        String filtered = workspace.given().queryParam("status", "in_progress").get(planPath(organisation) + ".csv")
                .then().statusCode(200).extract().asString();
        assertThat(filtered.split("\r\n")).hasSize(2);
        assertThat(filtered).contains(",in_progress,").contains(RETENTION).doesNotContain(PRETICKED);
    }

    @Test
    void shouldTakeSimultaneousFirstChangesOfOneTaskOneAfterTheOther() throws Exception {
        String organisation = organisation();
        assess(organisation, "2025-11-28", true);
        List<String> owners = IntStream.range(0, SIMULTANEOUS).mapToObj(i -> "Owner " + i).toList();

        List<Response> answers = AtOnce.send(SIMULTANEOUS, i -> patch(organisation, RETENTION, 1,
                "{\"owner\": \"" + owners.get(i) + "\", \"notes\": \"Note " + i + "\"}"));

        for (Response answer : answers) {
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        }
        List<Map<String, Object>> tasks = plan(organisation).jsonPath()
                .getList("tasks.findAll { it.checkId == '" + RETENTION + "' && it.stepNumber == 1 }");
        assertThat(tasks).hasSize(1);
        // One of the changes came last and is what the task holds, whole: its owner with its own notes.
        String owner = (String) tasks.get(0).get("owner");
        assertThat(owner).isIn(owners);
        assertThat(tasks.get(0)).containsEntry("notes", "Note " + owners.indexOf(owner));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDocumentTheActionPlanEndpointsWithTheKeySchemeAndTheirErrors() {
        JsonPath openapi = RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        String plan = "/api/v1/organisations/{id}/action-plan";
        Map<String, String> operations = Map.of(plan, "get", plan + ".csv", "get",
                plan + "/tasks/{checkId}/{stepNumber}", "patch");
        operations.forEach((path, method) -> {
            Map<String, Object> operation = openapi.getMap("paths.'" + path + "'." + method);
            assertThat(operation).as(method + " " + path).containsKeys("summary", "description", "security", "responses");
            assertThat((Map<String, Object>) operation.get("responses")).as(method + " " + path)
                    .containsKeys("200", "400", "404", "401", "429");
        });
        assertThat(openapi.getList("paths.'" + plan + "/tasks/{checkId}/{stepNumber}'.patch.requestBody.content."
                + "'application/json'.schema.properties.status.enum", String.class))
                .containsExactly("open", "in_progress", "done", "risk_accepted");
        assertThat(openapi.getMap("components.schemas.RemediationTask.properties"))
                .containsKeys("status", "owner", "dueDate", "riskReason", "findingStillPresent", "resolvedByAssessmentId");
    }

    private String organisation() {
        return workspace.given().contentType(ContentType.JSON).body(ORGANISATION).post("/api/v1/organisations")
                .then().statusCode(201).extract().path("id");
    }

    /** The shoe shop on {@code date}, with its pre-ticked consent box or with the box fixed. */
    private String assess(String organisation, String date, boolean preticked) {
        ObjectNode body = ExampleFiles.json("shoe-shop");
        body.put("evaluationDate", date);
        ((ObjectNode) body.get("answers")).put("consent_preticked", preticked);
        String id = workspace.given().contentType(ContentType.JSON).body(body.toString())
                .post("/api/v1/organisations/" + organisation + "/assessments")
                .then().statusCode(201).extract().path("id");
        workspace.given().get("/api/v1/assessments/" + id).then().statusCode(200)
                .body("result.findings.ruleId", preticked ? hasItem(PRETICKED) : not(hasItem(PRETICKED)))
                .body("result.findings.ruleId", hasItem(RETENTION));
        return id;
    }

    private static String planPath(String organisation) {
        return "/api/v1/organisations/" + organisation + "/action-plan";
    }

    private Response plan(String organisation) {
        Response response = workspace.given().get(planPath(organisation));
        response.then().statusCode(200).contentType(ContentType.JSON);
        return response;
    }

    private Map<String, Object> task(String organisation, String checkId, int step) {
        return plan(organisation).jsonPath()
                .getMap("tasks.find { it.checkId == '" + checkId + "' && it.stepNumber == " + step + " }");
    }

    private Response patch(String organisation, String checkId, Object step, String body) {
        return workspace.given().contentType(ContentType.JSON).body(body)
                .patch(planPath(organisation) + "/tasks/" + checkId + "/" + step);
    }
}
