package dev.attest.workspace.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.attest.support.TestWorkspace;
import dev.attest.workspace.ApiKey;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class KeyResourceTest {

    private final TestWorkspace workspace = TestWorkspace.named("Key tests");

    @Test
    void shouldCreateAWorkspaceWithAFirstKeyShownOnce() {
        JsonPath created = given().header("Authorization", TestWorkspace.ADMIN).contentType(ContentType.JSON)
                .body(WorkspaceExamples.WORKSPACE_REQUEST).post("/api/v1/admin/workspaces")
                .then().statusCode(201)
                .body("workspace.name", equalTo("Northwind Privacy Consulting"))
                .body("key.key", matchesPattern("atk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}"))
                .extract().jsonPath();
        String key = created.getString("key.key");
        assertThat(key).startsWith(created.getString("key.prefix") + "_");
        given().header("Authorization", "Bearer " + key).get("/api/v1/workspace")
                .then().statusCode(200)
                .body("id", equalTo(created.getString("workspace.id")))
                .body("name", equalTo("Northwind Privacy Consulting"));
        given().header("Authorization", "Bearer " + key).get("/api/v1/keys")
                .then().statusCode(200)
                .body("[0].prefix", equalTo(created.getString("key.prefix")))
                .body("[0].key", nullValue())
                .body("[0].status", equalTo("active"));
    }

    @Test
    void shouldNotCreateWorkspacesWithoutTheAdminKey() {
        given().contentType(ContentType.JSON).body(WorkspaceExamples.WORKSPACE_REQUEST).post("/api/v1/admin/workspaces")
                .then().statusCode(401).contentType("application/problem+json");
        workspace.given().contentType(ContentType.JSON).body(WorkspaceExamples.WORKSPACE_REQUEST).post("/api/v1/admin/workspaces")
                .then().statusCode(401);
        given().header("Authorization", TestWorkspace.ADMIN).contentType(ContentType.JSON).body("{\"name\": \" \"}")
                .post("/api/v1/admin/workspaces")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/name"));
    }

    @Test
    void shouldStoreKeysOnlyAsTheirHash() throws Exception {
        String key = workspace.newKey("hashed");
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        String secret = key.substring(21);
        List<String> rows = QuarkusTransaction.requiringNew().call(() -> ApiKey.<ApiKey>listAll().stream()
                .map(stored -> String.join("|", stored.id, stored.workspaceId, stored.publicId, stored.secretHash, stored.name))
                .toList());
        assertThat(rows).anyMatch(row -> row.contains(hash));
        assertThat(rows).noneMatch(row -> row.contains(secret) || row.contains(key));
    }

    @Test
    void shouldCreateANamedKeyWithAnExpiryAndRevokeIt() {
        JsonPath created = workspace.given().contentType(ContentType.JSON).body(WorkspaceExamples.KEY_REQUEST)
                .post("/api/v1/keys").then().statusCode(201)
                .body("name", equalTo("CI pipeline"))
                .body("expiresAt", equalTo("2027-12-31T23:59:59Z"))
                .extract().jsonPath();
        String key = created.getString("key");
        given().header("Authorization", "Bearer " + key).get("/api/v1/workspace").then().statusCode(200);

        workspace.given().delete("/api/v1/keys/" + created.getString("id")).then().statusCode(204);
        workspace.given().delete("/api/v1/keys/" + created.getString("id")).then().statusCode(204);
        given().header("Authorization", "Bearer " + key).get("/api/v1/workspace").then().statusCode(401);
        workspace.given().get("/api/v1/keys").then().statusCode(200)
                .body("find { it.id == '" + created.getString("id") + "' }.status", equalTo("revoked"))
                .body("status", hasItem("active"));
    }

    @Test
    void shouldNotCreateAKeyWithoutANameOrWithAPastExpiry() {
        workspace.given().contentType(ContentType.JSON).body("{\"expiresAt\": \"2020-01-01T00:00:00Z\"}")
                .post("/api/v1/keys").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem("/name"))
                .body("errors.pointer", hasItem("/expiresAt"));
    }

    @Test
    void shouldLetTheOperatorIssueASelfServiceKey() {
        String key = TestWorkspace.selfService().key();
        given().header("Authorization", "Bearer " + key).get("/api/v1/workspace")
                .then().statusCode(200).body("id", equalTo(TestWorkspace.SELF_SERVICE_ID));
        given().header("Authorization", TestWorkspace.ADMIN).contentType(ContentType.JSON).body("{\"name\": \"x\"}")
                .post("/api/v1/admin/workspaces/00000000-0000-0000-0000-0000000000ff/keys")
                .then().statusCode(404);
    }

    @Test
    void shouldDocumentTheWorkspaceKeyScheme() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.workspaceKey.scheme", equalTo("bearer"))
                .body("paths.'/api/v1/keys'.get.security[0].workspaceKey", not(nullValue()))
                .body("paths.'/api/v1/assessments'.post.security[0].workspaceKey", not(nullValue()))
                .body("paths.'/api/v1/assessments/{id}'.get.responses.'401'", not(nullValue()))
                .body("paths.'/api/v1/organisations/{id}/history'.get.responses.'429'.content.'application/problem+json'", not(nullValue()))
                .body("paths.'/api/v1/assessments/{id}/diff'.get.security[0].workspaceKey", not(nullValue()))
                .body("paths.'/api/v1/questionnaires'.get.responses.'401'", nullValue())
                .body("paths.'/api/v1/admin/workspaces'.post.responses.'201'", not(nullValue()));
    }
}
