package dev.attest.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import dev.attest.support.ExampleFiles;
import dev.attest.support.TestWorkspace;
import dev.attest.workspace.ApiKey;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every key-protected endpoint against every kind of credential: the own key reaches its own data, another
 * workspace's key gets 404 for its ids exactly as for ids that never existed, and every bad key the same 401.
 */
@QuarkusTest
class WorkspaceKeyFilterTest {

    private static final String PRETICKED = "GDPR-ART7-PRETICKED";
    private static final String ORGANISATION = "{\"name\": \"Kleine Schuhe GmbH\", \"country\": \"DE\"}";
    /** Loopback port 9 refuses: test events queued here fail fast if a poller ever sends them. */
    private static final String WEBHOOK = "{\"url\": \"http://127.0.0.1:9/hook\"}";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final TestWorkspace own = TestWorkspace.named("Own consultancy");
    private final TestWorkspace other = TestWorkspace.named("Other consultancy");

    /** One request to an endpoint that reads or writes stored data of the workspace the ids belong to. */
    record Call(String name, UnaryOperator<RequestSpecification> prepare, String method, String path) {
        Response send(RequestSpecification request) {
            return prepare.apply(request).request(method, path);
        }
    }

    /** Endpoints addressing one stored thing of the own workspace. */
    private List<Call> ownThings() {
        String id = own.given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        String keyId = own.given().contentType(ContentType.JSON).body("{\"name\": \"to revoke\"}")
                .post("/api/v1/keys").then().statusCode(201).extract().path("id");
        String assessment = "/api/v1/assessments/" + id;
        String organisation = "/api/v1/organisations/" + own.given().contentType(ContentType.JSON).body(ORGANISATION)
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        String draft = "/api/v1/drafts/" + own.given().contentType(ContentType.JSON).body(draftOf("shoe-shop"))
                .post(organisation + "/drafts").then().statusCode(201).extract().path("id");
        own.given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .post(organisation + "/assessments").then().statusCode(201);
        // Erased by the last call, so it has an organisation of its own that no other call needs.
        String erasable = "/api/v1/organisations/" + own.given().contentType(ContentType.JSON).body(ORGANISATION)
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        String webhook = "/api/v1/webhooks/" + own.given().contentType(ContentType.JSON).body(WEBHOOK)
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        UnaryOperator<RequestSpecification> none = request -> request;
        return List.of(
                new Call("read organisation", none, "GET", organisation),
                new Call("start draft", request -> request.contentType(ContentType.JSON).body("{}"), "POST",
                        organisation + "/drafts"),
                new Call("list organisation's drafts", none, "GET", organisation + "/drafts"),
                new Call("read draft", none, "GET", draft),
                new Call("patch draft", request -> request.contentType("application/merge-patch+json")
                        .body("{\"answers\": {\"employee_count\": 9}}"), "PATCH", draft),
                new Call("submit draft", none, "POST", draft + "/submit"),
                new Call("delete draft", none, "DELETE", draft),
                new Call("replace organisation", request -> request.contentType(ContentType.JSON).body(ORGANISATION),
                        "PUT", organisation),
                new Call("assess organisation", request -> request.contentType(ContentType.JSON)
                        .body(ExampleFiles.body("shoe-shop")), "POST", organisation + "/assessments"),
                new Call("list organisation's assessments", none, "GET", organisation + "/assessments"),
                new Call("organisation history", none, "GET", organisation + "/history"),
                new Call("organisation action plan", none, "GET", organisation + "/action-plan"),
                new Call("organisation action plan csv", none, "GET", organisation + "/action-plan.csv"),
                new Call("change task", request -> request.contentType(ContentType.JSON).body("{\"status\": \"in_progress\"}"),
                        "PATCH", organisation + "/action-plan/tasks/" + PRETICKED + "/1"),
                new Call("export organisation", none, "GET", organisation + "/export"),
                new Call("re-assess organisation now", none, "POST", organisation + "/reassessments"),
                new Call("list organisation's re-assessments", none, "GET", organisation + "/reassessments"),
                new Call("organisation schedule", none, "GET", organisation + "/schedule"),
                new Call("pause schedule", request -> request.contentType(ContentType.JSON).body("{\"paused\": false}"),
                        "PUT", organisation + "/schedule"),
                new Call("read", none, "GET", assessment),
                new Call("reassess", request -> request.contentType(ContentType.JSON), "POST", assessment + "/reassessments"),
                new Call("pdf", none, "GET", assessment + "/report.pdf"),
                new Call("csv", none, "GET", assessment + "/action-plan.csv"),
                new Call("json", none, "GET", assessment + "/result.json"),
                new Call("action plan", none, "GET", assessment + "/action-plan"),
                new Call("diff", request -> request.queryParam("against", id), "GET", assessment + "/diff"),
                new Call("tick", request -> request.contentType(ContentType.JSON).body("{\"done\": true}"), "PUT",
                        assessment + "/action-plan/" + PRETICKED + "/steps/1"),
                new Call("read webhook", none, "GET", webhook),
                new Call("test webhook", none, "POST", webhook + "/test"),
                new Call("webhook deliveries", none, "GET", webhook + "/deliveries"),
                new Call("delete webhook", none, "DELETE", webhook),
                new Call("revoke", none, "DELETE", "/api/v1/keys/" + keyId),
                new Call("erase organisation", none, "DELETE", erasable));
    }

    /** Endpoints of the caller's own workspace as a whole. */
    private List<Call> collections() {
        UnaryOperator<RequestSpecification> none = request -> request;
        String exported = own.given().get("/api/v1/organisations/" + own.given().contentType(ContentType.JSON)
                .body(ORGANISATION).post("/api/v1/organisations").then().statusCode(201).extract().path("id") + "/export")
                .then().statusCode(200).extract().asString();
        return List.of(
                new Call("store", request -> request.contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop")),
                        "POST", "/api/v1/assessments"),
                new Call("list assessments", none, "GET", "/api/v1/assessments"),
                new Call("create organisation", request -> request.contentType(ContentType.JSON).body(ORGANISATION),
                        "POST", "/api/v1/organisations"),
                new Call("list organisations", none, "GET", "/api/v1/organisations"),
                new Call("import organisation", request -> request.contentType(ContentType.JSON).body(exported),
                        "POST", "/api/v1/organisations/import"),
                new Call("list erasures", none, "GET", "/api/v1/erasures"),
                new Call("due re-assessments", none, "GET", "/api/v1/reassessments/due"),
                new Call("list keys", none, "GET", "/api/v1/keys"),
                new Call("create key", request -> request.contentType(ContentType.JSON).body("{\"name\": \"ci\"}"),
                        "POST", "/api/v1/keys"),
                new Call("create webhook", request -> request.contentType(ContentType.JSON).body(WEBHOOK),
                        "POST", "/api/v1/webhooks"),
                new Call("list webhooks", none, "GET", "/api/v1/webhooks"),
                new Call("who am I", none, "GET", "/api/v1/workspace"));
    }

    @Test
    void shouldCoverEveryKeyProtectedOperationOfTheApiDocument() {
        List<Call> calls = new ArrayList<>(ownThings());
        calls.addAll(collections());
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        List<String> uncovered = new ArrayList<>();
        int protectedOperations = 0;
        for (var path : paths.entrySet()) {
            if (!ApiPaths.needsWorkspaceKey(path.getKey())) {
                continue;
            }
            String pattern = path.getKey().replaceAll("\\{[^}]+}", "[^/]+");
            for (var operation : path.getValue().entrySet()) {
                protectedOperations++;
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                String what = method + " " + path.getKey();
                assertThat(String.valueOf(operation.getValue().get("security"))).as(what).contains("workspaceKey");
                assertThat(String.valueOf(operation.getValue().get("responses"))).as(what).contains("401=").contains("429=");
                if (calls.stream().noneMatch(call -> call.method().equals(method) && call.path().matches(pattern))) {
                    uncovered.add(what);
                }
            }
        }
        assertThat(protectedOperations).as("key-protected operations in the API document").isGreaterThan(15);
        assertThat(uncovered).as("operations missing from this matrix").isEmpty();
    }

    @Test
    void shouldServeEveryEndpointWithTheOwnKey() {
        List<Call> calls = new ArrayList<>(ownThings());
        calls.addAll(collections());
        for (Call call : calls) {
            int status = call.send(own.given()).statusCode();
            assertThat(status).as(call.name()).isBetween(200, 299);
        }
    }

    @Test
    void shouldAnswerAnotherWorkspacesIdsExactlyLikeIdsThatDoNotExist() {
        for (Call call : ownThings()) {
            Response response = call.send(other.given());
            assertThat(response.statusCode()).as(call.name()).isEqualTo(404);
            String unknownPath = call.path().replaceAll(UUID, "00000000-0000-0000-0000-0000000000ff");
            Response unknown = call.prepare().apply(other.given()).request(call.method(), unknownPath);
            assertThat(unknown.statusCode()).as(call.name()).isEqualTo(404);
            assertThat(response.asString().replaceAll(UUID, "ID")).as(call.name())
                    .isEqualTo(unknown.asString().replaceAll(UUID, "ID"));
        }
        // The owner's data was not touched by the attempts.
        own.given().get("/api/v1/keys").then().statusCode(200).body("status", everyItem(equalTo("active")));
    }

    @Test
    void shouldAnswerTheSame401ForMissingMalformedUnknownRevokedAndExpiredKeys() {
        String revoked = own.newKey("revoked");
        String revokedId = keyId(revoked);
        own.given().delete("/api/v1/keys/" + revokedId).then().statusCode(204);
        String expired = own.newKey("expired");
        QuarkusTransaction.requiringNew().run(() -> ApiKey.<ApiKey>findById(keyId(expired)).expiresAt = Instant.parse("2026-01-01T00:00:00Z"));
        String unknown = "atk_0123456789abcdef_" + "A".repeat(43);
        String wrongSecret = own.key().substring(0, 21) + "B".repeat(43);
        Map<String, UnaryOperator<RequestSpecification>> credentials = Map.of(
                "missing", request -> request,
                "malformed", request -> request.header("Authorization", "Bearer not-a-key"),
                "not bearer", request -> request.header("Authorization", "Basic " + own.key()),
                "unknown", request -> request.header("Authorization", "Bearer " + unknown),
                "wrong secret", request -> request.header("Authorization", "Bearer " + wrongSecret),
                "revoked", request -> request.header("Authorization", "Bearer " + revoked),
                "expired", request -> request.header("Authorization", "Bearer " + expired));
        List<Call> calls = new ArrayList<>(ownThings());
        calls.addAll(collections());
        String expected = null;
        for (Call call : calls) {
            for (Map.Entry<String, UnaryOperator<RequestSpecification>> credential : credentials.entrySet()) {
                Response response = call.send(credential.getValue().apply(given()));
                String what = call.name() + " with a " + credential.getKey() + " key";
                assertThat(response.statusCode()).as(what).isEqualTo(401);
                assertThat(response.contentType()).as(what).startsWith("application/problem+json");
                assertThat(response.header("WWW-Authenticate")).as(what).startsWith("Bearer");
                expected = expected == null ? response.asString() : expected;
                assertThat(response.asString()).as(what).isEqualTo(expected);
            }
        }
    }

    @Test
    void shouldNeverListAnotherWorkspacesKeys() {
        own.newKey("own second");
        other.newKey("other second");
        List<String> ownPrefixes = own.given().get("/api/v1/keys").then().statusCode(200).extract().path("prefix");
        List<String> otherPrefixes = other.given().get("/api/v1/keys").then().statusCode(200).extract().path("prefix");
        assertThat(ownPrefixes).hasSize(2).doesNotContainAnyElementsOf(otherPrefixes);
        assertThat(otherPrefixes).hasSize(2);
        own.given().get("/api/v1/workspace").then().body("id", equalTo(own.id()));
        other.given().get("/api/v1/workspace").then().body("id", equalTo(other.id()));
    }

    @Test
    void shouldNeverListAnotherWorkspacesOrganisationsOrAssessments() {
        for (TestWorkspace workspace : List.of(own, other)) {
            String organisation = workspace.given().contentType(ContentType.JSON).body(ORGANISATION)
                    .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
            workspace.given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                    .post("/api/v1/organisations/" + organisation + "/assessments").then().statusCode(201);
            workspace.given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                    .post("/api/v1/assessments").then().statusCode(201);
        }
        for (TestWorkspace workspace : List.of(own, other)) {
            TestWorkspace stranger = workspace == own ? other : own;
            List<String> organisations = workspace.given().get("/api/v1/organisations")
                    .then().statusCode(200).body("total", equalTo(1)).extract().path("items.id");
            List<String> assessments = workspace.given().get("/api/v1/assessments")
                    .then().statusCode(200).body("total", equalTo(2)).extract().path("items.id");
            List<String> strangers = stranger.given().get("/api/v1/assessments").then().extract().path("items.id");
            assertThat(assessments).doesNotContainAnyElementsOf(strangers);
            stranger.given().get("/api/v1/organisations/" + organisations.get(0) + "/assessments").then().statusCode(404);
        }
    }

    @Test
    void shouldRefuseAKeyInTheUrlEvenWithAValidHeader() {
        for (String parameter : List.of("api_key", "key", "access_token")) {
            own.given().queryParam(parameter, own.key()).get("/api/v1/workspace")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:attest:problem:key-in-url"))
                    .body("detail", containsString("Authorization: Bearer"));
        }
        given().queryParam("api_key", own.key()).get("/api/v1/questionnaires").then().statusCode(400);
    }

    @Test
    void shouldKeepTheStatelessEndpointsOpen() {
        given().get("/api/v1/questionnaires").then().statusCode(200);
        given().get("/api/v1/rulebase").then().statusCode(200);
        given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop")).post("/api/v1/evaluations").then().statusCode(200);
    }

    @Test
    void shouldRefuseAnUnsupportedContentTypeAndAnOversizedBodyWithProblems() {
        own.given().contentType(ContentType.TEXT).body("hello").post("/api/v1/assessments")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
        own.given().contentType(ContentType.TEXT).body("hello").post("/api/v1/keys")
                .then().statusCode(415).contentType("application/problem+json");
        String huge = "{\"questionnaire\": \"core\", \"answers\": {\"x\": \"" + "a".repeat(1_200_000) + "\"}}";
        own.given().contentType(ContentType.JSON).body(huge).post("/api/v1/assessments")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void shouldLogARefusedKeyByItsPrefixOnly() {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        String revoked = own.newKey("logged");
        try {
            own.given().delete("/api/v1/keys/" + keyId(revoked)).then().statusCode(204);
            given().header("Authorization", "Bearer " + revoked).get("/api/v1/workspace").then().statusCode(401);
        } finally {
            root.removeHandler(capture);
        }
        String secret = revoked.substring(21);
        assertThat(logged).anyMatch(line -> line.contains(revoked.substring(0, 20)));
        assertThat(logged).noneMatch(line -> line.contains(secret));
    }

    private static String draftOf(String example) {
        return "{\"answers\": " + ExampleFiles.json(example).get("answers") + "}";
    }

    private static String keyId(String key) {
        String publicId = key.substring(4, 20);
        return QuarkusTransaction.requiringNew().call(() -> ApiKey.findByPublicId(publicId).orElseThrow().id);
    }
}
