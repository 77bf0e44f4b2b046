package dev.attest.notification.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.attest.notification.WebhookEvent;
import dev.attest.support.TestWorkspace;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The webhook endpoints as a consultant sees them: created with a secret shown once, listed, read, deleted, checked. */
@QuarkusTest
class WebhookResourceTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final TestWorkspace own = TestWorkspace.named("Webhook consultancy");
    private final TestWorkspace other = TestWorkspace.named("Other webhook consultancy");

    @Test
    void shouldCreateAWebhookAndShowItsSecretOnlyOnce() {
        Response created = own.given().contentType(ContentType.JSON)
                .body("{\"url\": \"https://hooks.example.com/attest\", \"events\": [\"reassessment.due-soon\"]}")
                .post("/api/v1/webhooks");
        created.then().statusCode(201)
                .body("id", matchesPattern(UUID))
                .body("url", equalTo("https://hooks.example.com/attest"))
                .body("events", contains("reassessment.due-soon"))
                .body("active", equalTo(true))
                .body("createdAt", equalTo("2026-11-28T10:00:00Z"))
                .body("secret", matchesPattern("whsec_[A-Za-z0-9_-]{43}"));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/webhooks/" + id);

        own.given().get("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("url", equalTo("https://hooks.example.com/attest"))
                .body("$", not(hasKey("secret")));
        own.given().get("/api/v1/webhooks").then().statusCode(200)
                .body("id", contains(id))
                .body("[0]", not(hasKey("secret")));
        assertThat(own.given().get("/api/v1/webhooks").asString()).doesNotContain((String) created.path("secret"));
    }

    @Test
    void shouldSubscribeToEveryEventWhenNoneAreNamed() {
        own.given().contentType(ContentType.JSON).body("{\"url\": \"https://hooks.example.com/all\"}")
                .post("/api/v1/webhooks").then().statusCode(201)
                .body("events", contains("reassessment.completed", "reassessment.due-soon", "webhook.test"));
        String every = Arrays.stream(WebhookEvent.values()).map(event -> "\"" + event.type() + "\"")
                .collect(Collectors.joining(", ", "[", "]"));
        own.given().contentType(ContentType.JSON).body("{\"url\": \"https://hooks.example.com/each\", \"events\": " + every + "}")
                .post("/api/v1/webhooks").then().statusCode(201).body("events.size()", equalTo(WebhookEvent.values().length));
    }

    @Test
    void shouldNameEveryBadFieldAndStoreNothing() {
        own.given().contentType(ContentType.JSON)
                .body("{\"url\": \"ftp://hooks.example.com\", \"events\": [\"reassessment.completed\", \"assessment.deleted\"]}")
                .post("/api/v1/webhooks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:attest:problem:invalid-request"))
                .body("errors.pointer", contains("/events/1", "/url"))
                .body("errors[0].reason", equalTo("unknown event; one of reassessment.completed, reassessment.due-soon, webhook.test"))
                .body("errors[1].reason", equalTo("an absolute https:// URL without user name or password, such as https://hooks.example.com/attest"));
        own.given().contentType(ContentType.JSON).body("{\"events\": []}")
                .post("/api/v1/webhooks").then().statusCode(400)
                .body("errors.pointer", contains("/events", "/url"))
                .body("errors.reason", contains("from 1 to 10 events; leave it out for all", "required"));
        own.given().get("/api/v1/webhooks").then().statusCode(200).body("$", empty());
    }

    @Test
    void shouldAcceptPlainHttpOnlyToLoopbackAndNeverCredentialsInTheUrl() {
        for (String url : List.of("http://hooks.example.com/attest", "http://10.0.0.7/attest",
                "https://user:password@hooks.example.com/attest", "hooks.example.com/attest", "https://", "not a url")) {
            own.given().contentType(ContentType.JSON).body("{\"url\": \"" + url + "\"}")
                    .post("/api/v1/webhooks").then().statusCode(400).body("errors.pointer", contains("/url"));
        }
        for (String url : List.of("http://127.0.0.1:8081/hook", "http://localhost/hook", "http://[::1]:9000/hook")) {
            own.given().contentType(ContentType.JSON).body("{\"url\": \"" + url + "\"}")
                    .post("/api/v1/webhooks").then().statusCode(201).body("url", equalTo(url));
        }
    }

    @Test
    void shouldQueueATestEventAndListItAsADelivery() {
        String id = create(own, "http://127.0.0.1:9/test");
        String delivery = own.given().post("/api/v1/webhooks/" + id + "/test").then().statusCode(202)
                .body("event", equalTo("webhook.test"))
                .body("status", equalTo("pending"))
                .body("attempts", equalTo(0))
                .body("eventId", matchesPattern(UUID))
                .body("nextAttemptAt", equalTo("2026-11-28T10:00:00Z"))
                .extract().path("id");
        own.given().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                .body("total", equalTo(1))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.id", contains(delivery))
                .body("items[0].lastStatusCode", nullValue());
        own.given().queryParam("size", "0").get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(400)
                .body("errors[0].pointer", equalTo("size"));
    }

    @Test
    void shouldDeleteAWebhookWithItsDeliveries() {
        String id = create(own, "https://hooks.example.com/gone");
        own.given().post("/api/v1/webhooks/" + id + "/test").then().statusCode(202);
        own.given().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        own.given().get("/api/v1/webhooks/" + id).then().statusCode(404);
        own.given().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(404);
        own.given().delete("/api/v1/webhooks/" + id).then().statusCode(404);
    }

    @Test
    void shouldAnswerAnotherWorkspacesWebhookExactlyLikeAnUnknownOne() {
        String id = create(own, "https://hooks.example.com/own");
        String unknown = "00000000-0000-0000-0000-0000000000ff";
        for (String[] call : List.of(new String[] { "GET", "" }, new String[] { "GET", "/deliveries" },
                new String[] { "POST", "/test" }, new String[] { "DELETE", "" })) {
            Response foreign = other.given().request(call[0], "/api/v1/webhooks/" + id + call[1]);
            Response missing = other.given().request(call[0], "/api/v1/webhooks/" + unknown + call[1]);
            assertThat(foreign.statusCode()).as(call[0] + call[1]).isEqualTo(404);
            assertThat(foreign.asString().replace(id, "ID")).as(call[0] + call[1])
                    .isEqualTo(missing.asString().replace(unknown, "ID"));
        }
        other.given().get("/api/v1/webhooks").then().statusCode(200).body("$", empty());
        own.given().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200).body("total", equalTo(0));
        own.given().get("/api/v1/webhooks").then().body("id", containsInAnyOrder(id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDocumentEveryWebhookOperationWithItsKeyAndAnswers() {
        var openapi = RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        List<String> webhookPaths = paths.keySet().stream().filter(path -> path.startsWith("/api/v1/webhooks")).toList();
        assertThat(webhookPaths).containsExactlyInAnyOrder("/api/v1/webhooks", "/api/v1/webhooks/{id}",
                "/api/v1/webhooks/{id}/test", "/api/v1/webhooks/{id}/deliveries");
        for (String path : webhookPaths) {
            paths.get(path).forEach((method, operation) -> {
                assertThat(operation).as(method + " " + path).containsKeys("summary", "security", "responses");
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                assertThat(responses).as(method + " " + path).containsKeys("401", "429");
                if (path.contains("{id}")) {
                    assertThat(responses).as(method + " " + path).containsKey("404");
                }
            });
        }
        assertThat(openapi.getMap("components.schemas.CreatedWebhook.properties")).containsKey("secret");
        assertThat(openapi.getMap("components.schemas.Webhook.properties")).doesNotContainKey("secret");
        assertThat(openapi.getString("components.schemas.WebhookDeliveryPage.properties.items.items.'$ref'"))
                .endsWith("/WebhookDelivery");
    }

    static String create(TestWorkspace workspace, String url) {
        return workspace.given().contentType(ContentType.JSON).body("{\"url\": \"" + url + "\"}")
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }
}
