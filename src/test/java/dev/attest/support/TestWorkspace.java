package dev.attest.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A workspace and its key for API tests, created through the admin endpoint on first use, as a consultant's
 * would be. Hold one in an instance field: each test then gets a workspace of its own, on whichever database the
 * test class runs.
 */
public final class TestWorkspace {

    public static final String ADMIN = "Bearer test-admin-key";
    public static final String SELF_SERVICE_ID = "00000000-0000-0000-0000-000000000001";

    private final String name;
    private final boolean selfService;
    private String id;
    private String key;

    private TestWorkspace(String name, boolean selfService) {
        this.name = name;
        this.selfService = selfService;
    }

    /** A new workspace with this name. */
    public static TestWorkspace named(String name) {
        return new TestWorkspace(name, false);
    }

    /** A key of the built-in self-service workspace, which holds the web form's assessments. */
    public static TestWorkspace selfService() {
        return new TestWorkspace("Self-service", true);
    }

    /** A request that sends this workspace's key. */
    public RequestSpecification given() {
        return RestAssured.given().header("Authorization", "Bearer " + key());
    }

    public String key() {
        create();
        return key;
    }

    public String id() {
        create();
        return id;
    }

    /** A further key of this workspace, created through the key endpoint. */
    public String newKey(String keyName) {
        return given().contentType(ContentType.JSON).body("{\"name\": \"" + keyName + "\"}")
                .post("/api/v1/keys").then().statusCode(201).extract().path("key");
    }

    private void create() {
        if (key != null) {
            return;
        }
        if (selfService) {
            id = SELF_SERVICE_ID;
            key = RestAssured.given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                    .body("{\"name\": \"tests\"}").post("/api/v1/admin/workspaces/" + id + "/keys")
                    .then().statusCode(201).extract().path("key");
        } else {
            var created = RestAssured.given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                    .body("{\"name\": \"" + name + "\"}").post("/api/v1/admin/workspaces")
                    .then().statusCode(201).extract().jsonPath();
            id = created.getString("workspace.id");
            key = created.getString("key.key");
        }
    }
}
