package dev.attest.draft.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.draft.Draft;
import dev.attest.draft.service.DraftService;
import dev.attest.platform.i18n.Language;
import dev.attest.support.ExampleFiles;
import dev.attest.support.TestWorkspace;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A consultant's drafts of an organisation's assessment: started, patched, checked as far as given, submitted once,
 * deleted, and never seen from another workspace or by the web form. {@code DraftResourcePostgresTest} runs the same
 * on PostgreSQL.
 */
@QuarkusTest
class DraftResourceTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String ORGANISATION = "{\"name\": \"Kleine Schuhe GmbH\", \"country\": \"DE\"}";

    private final TestWorkspace workspace = TestWorkspace.named("Draft tests");
    private final TestWorkspace other = TestWorkspace.named("Other consultancy");

    @Inject
    DraftService webDrafts;

    private String organisation;

    @BeforeEach
    void createOrganisation() {
        organisation = organisationOf(workspace);
    }

    @Test
    void shouldStartADraftWithSomeAnswersAndReadItBack() {
        Response created = workspace.given().contentType(ContentType.JSON)
                .body("{\"questionnaireId\": \"core\", \"language\": \"ru\", \"answers\": {\"org_role\": \"controller\"}}")
                .post(drafts());
        created.then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/drafts/" + UUID))
                .body("organisationId", equalTo(organisation))
                .body("questionnaireId", equalTo("core"))
                .body("language", equalTo("ru"))
                .body("answers", equalTo(Map.of("org_role", "controller")))
                .body("status", equalTo("open"))
                .body("submittedAssessmentId", nullValue())
                .body("missing", hasItems("/eu_establishment", "/data_subjects_in_eu"))
                .body("missing", not(hasItem("/org_role")));
        String id = created.path("id");
        workspace.given().get(created.header("Location"))
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("answers.org_role", equalTo("controller"))
                .body("createdAt", equalTo(created.path("createdAt")))
                .body("missing", equalTo(created.path("missing")));
    }

    @Test
    void shouldStartAnEmptyDraftOfTheDefaultQuestionnaireInEnglish() {
        workspace.given().contentType(ContentType.JSON).body("{}").post(drafts())
                .then().statusCode(201)
                .body("questionnaireId", equalTo("core"))
                .body("language", equalTo("en"))
                .body("answers", equalTo(Map.of()))
                .body("missing", hasItems("/org_role", "/eu_establishment"));
    }

    @Test
    void shouldRefuseBadFieldsOnCreationNamingEachAndStoreNothing() {
        workspace.given().contentType(ContentType.JSON)
                .body("{\"questionnaireId\": \"nope\", \"language\": \"de\", \"answers\": [1]}")
                .post(drafts())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/questionnaireId", "/language", "/answers"));
        workspace.given().contentType(ContentType.JSON)
                .body("{\"answers\": {\"org_role\": \"owner\", \"employee_count\": \"many\"}}")
                .post(drafts())
                .then().statusCode(400)
                .body("errors.in", everyItem(equalTo("answers")))
                .body("errors.pointer", containsInAnyOrder("/org_role", "/employee_count"));
        workspace.given().get(drafts()).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldMergeAPatchKeepingAnswersLeftOutAndRemovingThoseSetToNull() {
        String id = start("{\"answers\": {\"org_role\": \"controller\", \"employee_count\": 8}}");
        workspace.given().contentType(MERGE_PATCH)
                .body("{\"language\": \"ru\", \"answers\": {\"eu_establishment\": true, \"org_role\": null}}")
                .patch(draft(id))
                .then().statusCode(200)
                .body("language", equalTo("ru"))
                .body("answers", equalTo(Map.of("eu_establishment", true, "employee_count", 8)))
                .body("missing", hasItem("/org_role"))
                .body("missing", not(hasItem("/eu_establishment")));
        workspace.given().contentType(ContentType.JSON).body("{\"answers\": {\"employee_count\": 9}}")
                .patch(draft(id))
                .then().statusCode(200)
                .body("answers", equalTo(Map.of("eu_establishment", true, "employee_count", 9)));
        workspace.given().get(draft(id)).then()
                .body("answers", equalTo(Map.of("eu_establishment", true, "employee_count", 9)))
                .body("language", equalTo("ru"));
    }

    @Test
    void shouldRefuseABadPatchNamingEachFieldAndLeaveTheDraftAsItWas() {
        String id = start("{\"answers\": {\"org_role\": \"controller\"}}");
        changedAt(id, "2026-11-28T08:00:00Z");
        workspace.given().contentType(MERGE_PATCH)
                .body("{\"language\": \"ru\", \"answers\": {\"eu_establishment\": true, \"employee_count\": \"many\", "
                        + "\"org_role\": \"owner\", \"favourite_colour\": \"blue\"}}")
                .patch(draft(id))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("The request has invalid fields"))
                .body("errors.in", everyItem(equalTo("answers")))
                .body("errors.pointer", containsInAnyOrder("/employee_count", "/org_role", "/favourite_colour"))
                .body("errors.find { it.pointer == '/org_role' }.reason", equalTo("expected one of: controller, processor, both"));
        workspace.given().get(draft(id)).then()
                .body("answers", equalTo(Map.of("org_role", "controller")))
                .body("language", equalTo("en"))
                .body("updatedAt", equalTo("2026-11-28T08:00:00Z"));
    }

    @Test
    void shouldListNothingMissingOnceEveryRequiredQuestionIsAnswered() {
        String id = start(shoeShopDraft());
        workspace.given().get(draft(id)).then().body("missing", empty());
        workspace.given().contentType(MERGE_PATCH).body("{\"answers\": {\"org_role\": null, \"purposes\": null}}")
                .patch(draft(id))
                .then().statusCode(200)
                .body("missing", containsInAnyOrder("/org_role", "/purposes"));
    }

    @Test
    void shouldSubmitADraftAsAnAssessmentOfItsOrganisation() {
        String id = start(shoeShopDraft());
        Response submitted = workspace.given().post(draft(id) + "/submit");
        submitted.then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/assessments/" + UUID))
                .body("organisationId", equalTo(organisation))
                .body("answers.org_role", equalTo("controller"))
                .body("result.findings.ruleId", hasItem("GDPR-ART7-PRETICKED"));
        String assessment = submitted.path("id");
        workspace.given().get(draft(id)).then()
                .body("status", equalTo("submitted"))
                .body("submittedAssessmentId", equalTo(assessment));
        workspace.given().get("/api/v1/organisations/" + organisation + "/assessments")
                .then().body("items.id", contains(assessment));
        workspace.given().get(submitted.header("Location")).then().statusCode(200).body("id", equalTo(assessment));
    }

    @Test
    void shouldRefuseAnIncompleteSubmissionListingEveryMissingAnswerAndKeepTheDraftOpen() {
        String id = start("{\"answers\": {\"org_role\": \"controller\"}}");
        List<String> missing = workspace.given().get(draft(id)).then().extract().path("missing");
        assertThat(missing).isNotEmpty();
        List<String> refused = workspace.given().post(draft(id) + "/submit")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.in", everyItem(equalTo("answers")))
                .body("errors.reason", everyItem(equalTo("required: this question must be answered")))
                .extract().path("errors.pointer");
        assertThat(refused).containsExactlyInAnyOrderElementsOf(missing);
        workspace.given().get(draft(id)).then().body("status", equalTo("open"));
        workspace.given().get("/api/v1/organisations/" + organisation + "/assessments").then().body("total", equalTo(0));
    }

    @Test
    void shouldRefuseToChangeOrResubmitASubmittedDraft() {
        String id = start(shoeShopDraft());
        String assessment = workspace.given().post(draft(id) + "/submit").then().statusCode(201).extract().path("id");
        workspace.given().post(draft(id) + "/submit")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:attest:problem:draft-submitted"))
                .body("detail", matchesPattern(".*submitted as assessment '" + assessment + "'.*"));
        workspace.given().contentType(MERGE_PATCH).body("{\"answers\": {\"employee_count\": 9}}").patch(draft(id))
                .then().statusCode(409)
                .body("type", equalTo("urn:attest:problem:draft-submitted"));
        workspace.given().get(draft(id)).then().body("answers.employee_count", equalTo(8));
        workspace.given().get("/api/v1/organisations/" + organisation + "/assessments").then().body("total", equalTo(1));
    }

    @Test
    void shouldDeleteADraft() {
        String id = start("{}");
        String kept = start("{}");
        workspace.given().delete(draft(id)).then().statusCode(204);
        workspace.given().get(draft(id)).then().statusCode(404).body("detail", equalTo("No draft with id '" + id + "'"));
        workspace.given().delete(draft(id)).then().statusCode(404);
        workspace.given().get(drafts()).then().body("items.id", contains(kept));
    }

    @Test
    void shouldListDraftsMostRecentlyChangedFirstOnePageAtATime() {
        String first = start("{}");
        String second = start("{}");
        String third = start("{}");
        changedAt(first, "2026-11-28T08:00:00Z");
        changedAt(second, "2026-11-28T09:00:00Z");
        changedAt(third, "2026-11-28T09:30:00Z");
        workspace.given().contentType(MERGE_PATCH).body("{\"answers\": {\"org_role\": \"both\"}}").patch(draft(first))
                .then().statusCode(200);
        workspace.given().get(drafts())
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains(first, third, second))
                .body("items[0].answers.org_role", equalTo("both"));
        workspace.given().queryParam("page", 1).queryParam("size", 2).get(drafts())
                .then().body("items.id", contains(second)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("total", equalTo(3));
        workspace.given().queryParam("size", 0).get(drafts())
                .then().statusCode(400).body("errors.pointer", contains("size"));
    }

    @Test
    void shouldAnswerAnotherWorkspacesDraftsAndOrganisationsExactlyLikeUnknownOnes() {
        String id = start("{\"answers\": {\"org_role\": \"controller\"}}");
        String unknown = "00000000-0000-0000-0000-0000000000ff";
        List<java.util.function.Function<String, Response>> calls = List.of(
                target -> other.given().get(draft(target)),
                target -> other.given().contentType(MERGE_PATCH).body("{\"answers\": {\"org_role\": null}}").patch(draft(target)),
                target -> other.given().post(draft(target) + "/submit"),
                target -> other.given().delete(draft(target)));
        for (var call : calls) {
            Response stranger = call.apply(id);
            Response missing = call.apply(unknown);
            assertThat(stranger.statusCode()).isEqualTo(404);
            assertThat(stranger.asString().replace(id, "ID")).isEqualTo(missing.asString().replace(unknown, "ID"));
        }
        other.given().contentType(ContentType.JSON).body("{}").post(drafts()).then().statusCode(404);
        other.given().get(drafts()).then().statusCode(404);
        workspace.given().get(draft(id)).then().statusCode(200)
                .body("answers", equalTo(Map.of("org_role", "controller")));
        workspace.given().get(drafts()).then().body("total", equalTo(1));
        other.given().get("/api/v1/organisations/" + organisationOf(other) + "/drafts").then().body("total", equalTo(0));
    }

    @Test
    void shouldNeverReachAWebFormDraftThroughTheApiNorAnApiDraftThroughTheWebForm() {
        TestWorkspace selfService = TestWorkspace.selfService();
        String webDraft = QuarkusTransaction.requiringNew()
                .call(() -> webDrafts.create("core", Language.EN).draft().id);
        selfService.given().get(draft(webDraft)).then().statusCode(404);
        selfService.given().post(draft(webDraft) + "/submit").then().statusCode(404);
        selfService.given().delete(draft(webDraft)).then().statusCode(404);

        String client = organisationOf(selfService);
        String apiDraft = selfService.given().contentType(ContentType.JSON).body("{}")
                .post("/api/v1/organisations/" + client + "/drafts").then().statusCode(201).extract().path("id");
        Draft stored = QuarkusTransaction.requiringNew().call(() -> Draft.<Draft>findById(apiDraft));
        assertThat(stored.resumeTokenHash).isNull();
        assertThat(stored.workspaceId).isEqualTo(TestWorkspace.SELF_SERVICE_ID);
        RestAssured.given().redirects().follow(false).get("/d/" + apiDraft + "/review").then().statusCode(404);
        selfService.given().get("/api/v1/organisations/" + client + "/drafts")
                .then().body("items.id", contains(apiDraft));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDocumentEveryDraftEndpointWithItsKeyAndErrors() {
        var openapi = RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        List<String> draftPaths = List.of("/api/v1/organisations/{id}/drafts", "/api/v1/drafts/{draftId}",
                "/api/v1/drafts/{draftId}/submit");
        assertThat(paths).containsKeys(draftPaths.toArray(String[]::new));
        for (String path : draftPaths) {
            paths.get(path).forEach((method, operation) -> {
                assertThat(operation).as(method + " " + path).containsKeys("summary", "security", "responses");
                assertThat((Map<String, Object>) operation.get("responses")).as(method + " " + path)
                        .containsKeys("401", "404", "429");
            });
        }
        assertThat(paths.get("/api/v1/drafts/{draftId}")).containsKeys("get", "patch", "delete");
        assertThat(openapi.getMap("paths.'/api/v1/drafts/{draftId}'.patch.requestBody.content")).containsKey(MERGE_PATCH);
        assertThat(openapi.getMap("paths.'/api/v1/drafts/{draftId}/submit'.post.responses")).containsKeys("201", "400", "409");
        assertThat(openapi.getString("components.schemas.DraftPage.properties.items.items.'$ref'")).endsWith("/Draft");
    }

    private String start(String body) {
        return workspace.given().contentType(ContentType.JSON).body(body).post(drafts())
                .then().statusCode(201).extract().path("id");
    }

    /** The tests' clock is fixed, so drafts get distinct change times written directly. */
    private static void changedAt(String id, String instant) {
        QuarkusTransaction.requiringNew().run(() -> Draft.<Draft>findById(id).updatedAt = Instant.parse(instant));
    }

    private static String shoeShopDraft() {
        ObjectNode example = ExampleFiles.json("shoe-shop");
        return "{\"answers\": " + example.get("answers") + "}";
    }

    private static String organisationOf(TestWorkspace owner) {
        return owner.given().contentType(ContentType.JSON).body(ORGANISATION).post("/api/v1/organisations")
                .then().statusCode(201).extract().path("id");
    }

    private String drafts() {
        return "/api/v1/organisations/" + organisation + "/drafts";
    }

    private static String draft(String id) {
        return "/api/v1/drafts/" + id;
    }
}
