package dev.attest.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.attest.notification.WebhookEvent;
import dev.attest.notification.WebhookReceiver;
import dev.attest.support.TestWorkspace;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Deliveries end to end: queued through the API or by {@link WebhookQueue}, sent by the poller (called directly, so
 * nothing depends on timing) to a receiver inside the test, signed, retried, recorded and listed.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private final TestWorkspace own = TestWorkspace.named("Delivering consultancy");
    private final TestWorkspace other = TestWorkspace.named("Other delivering consultancy");

    @Inject
    WebhookPoller poller;

    @Inject
    WebhookQueue queue;

    @Inject
    ObjectMapper json;

    private WebhookReceiver receiver;

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void shouldSendTheTestEventSignedWithTheSecretShownAtCreation() throws Exception {
        receiver = WebhookReceiver.answering();
        JsonPath created = create(own, receiver.url(), null);
        String id = created.getString("id");
        String delivery = own.given().post("/api/v1/webhooks/" + id + "/test").then().statusCode(202).extract().path("id");

        poller.deliverDue();

        assertThat(receiver.received()).hasSize(1);
        WebhookReceiver.Received request = receiver.received().get(0);
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("X-Attest-Event")).isEqualTo("webhook.test");
        assertThat(request.header("X-Attest-Delivery")).isEqualTo(delivery);
        assertThat(request.header("X-Attest-Timestamp")).isEqualTo("1795860000");
        String expected = "sha256=" + hmac(created.getString("secret"), request.header("X-Attest-Timestamp") + "." + request.body());
        assertThat(request.header("X-Attest-Signature")).isEqualTo(expected);

        JsonNode body = json.readTree(request.body());
        String eventId = own.given().get("/api/v1/webhooks/" + id + "/deliveries").then().extract().path("items[0].eventId");
        assertThat(body.get("id").asText()).isEqualTo(eventId);
        assertThat(body.get("type").asText()).isEqualTo("webhook.test");
        assertThat(body.get("createdAt").asText()).isEqualTo("2026-11-28T10:00:00Z");
        assertThat(body.get("workspaceId").asText()).isEqualTo(own.id());
        assertThat(body.get("data").get("message").asText()).isEqualTo("A test event sent on request.");

        own.given().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                .body("items[0].status", equalTo("delivered"))
                .body("items[0].attempts", equalTo(1))
                .body("items[0].lastStatusCode", equalTo(200))
                .body("items[0].deliveredAt", equalTo("2026-11-28T10:00:00Z"))
                .body("items[0].nextAttemptAt", nullValue());
        poller.deliverDue();
        assertThat(receiver.received()).as("a delivered event is not sent again").hasSize(1);
    }

    @Test
    void shouldRetryAfterAnErrorAndShowTheAttempts() {
        receiver = WebhookReceiver.answering(500);
        String id = create(own, receiver.url(), null).getString("id");
        own.given().post("/api/v1/webhooks/" + id + "/test").then().statusCode(202);

        poller.deliverDue();
        own.given().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                .body("items[0].status", equalTo("pending"))
                .body("items[0].attempts", equalTo(1))
                .body("items[0].lastStatusCode", equalTo(500))
                .body("items[0].lastError", equalTo("HTTP 500"));

        poller.deliverDue();
        own.given().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].status", equalTo("delivered"))
                .body("items[0].attempts", equalTo(2))
                .body("items[0].lastStatusCode", equalTo(200))
                .body("items[0].lastError", nullValue());
        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).hasSize(2);
        assertThat(received.get(1).body()).as("the same body on every attempt").isEqualTo(received.get(0).body());
        assertThat(received.get(1).header("X-Attest-Delivery")).isEqualTo(received.get(0).header("X-Attest-Delivery"));
    }

    @Test
    void shouldGiveUpAfterTheLastAttempt() {
        receiver = WebhookReceiver.answering(500, 503, 502, 500);
        String id = create(own, receiver.url(), null).getString("id");
        own.given().post("/api/v1/webhooks/" + id + "/test").then().statusCode(202);

        for (int run = 0; run < 4; run++) {
            poller.deliverDue();
        }

        assertThat(receiver.received()).as("three attempts in tests").hasSize(3);
        own.given().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                .body("items[0].status", equalTo("failed"))
                .body("items[0].attempts", equalTo(3))
                .body("items[0].lastStatusCode", equalTo(502))
                .body("items[0].lastError", equalTo("HTTP 502"));
    }

    @Test
    void shouldRecordAReceiverThatCannotBeReached() {
        receiver = WebhookReceiver.answering();
        String url = receiver.url();
        receiver.close();
        String id = create(own, url, null).getString("id");
        own.given().post("/api/v1/webhooks/" + id + "/test").then().statusCode(202);

        poller.deliverDue();

        own.given().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                .body("items[0].status", equalTo("pending"))
                .body("items[0].attempts", equalTo(1))
                .body("items[0].lastStatusCode", nullValue())
                .body("items[0].lastError", startsWith("not sent: "));
        receiver = null;
    }

    @Test
    void shouldQueueAnEventForEverySubscribedActiveWebhookOfTheWorkspaceOnly() {
        receiver = WebhookReceiver.answering();
        String dueSoon = create(own, receiver.url(), "[\"reassessment.due-soon\"]").getString("id");
        String completedOnly = create(own, receiver.url(), "[\"reassessment.completed\"]").getString("id");
        String stranger = create(other, receiver.url(), "[\"reassessment.due-soon\"]").getString("id");

        int queued = QuarkusTransaction.requiringNew().call(() -> queue.queue(own.id(), WebhookEvent.REASSESSMENT_DUE_SOON,
                Map.of("organisationId", "3c9d7e1a-6b2f-4d8e-a0c4-5e7f9a1b3d2c", "daysLeft", 7)).size());
        poller.deliverDue();

        assertThat(queued).isEqualTo(1);
        own.given().get("/api/v1/webhooks/" + dueSoon + "/deliveries").then()
                .body("total", equalTo(1)).body("items[0].event", equalTo("reassessment.due-soon"))
                .body("items[0].status", equalTo("delivered"));
        own.given().get("/api/v1/webhooks/" + completedOnly + "/deliveries").then().body("total", equalTo(0));
        other.given().get("/api/v1/webhooks/" + stranger + "/deliveries").then().body("total", equalTo(0));
        assertThat(receiver.received()).hasSize(1);
        assertThat(receiver.received().get(0).body()).contains("\"data\":{", "\"daysLeft\":7", "\"type\":\"reassessment.due-soon\"");
    }

    @Test
    void shouldSendNothingWhenTheCallersTransactionRollsBack() {
        receiver = WebhookReceiver.answering();
        String id = create(own, receiver.url(), null).getString("id");

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            queue.queue(own.id(), WebhookEvent.REASSESSMENT_COMPLETED, Map.of("score", 64));
            throw new IllegalStateException("the re-assessment failed after queuing its event");
        })).isInstanceOf(IllegalStateException.class);
        poller.deliverDue();

        own.given().get("/api/v1/webhooks/" + id + "/deliveries").then().body("total", equalTo(0));
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void shouldSendNothingMoreToADeletedWebhook() {
        receiver = WebhookReceiver.answering();
        String id = create(own, receiver.url(), null).getString("id");
        own.given().post("/api/v1/webhooks/" + id + "/test").then().statusCode(202);
        own.given().delete("/api/v1/webhooks/" + id).then().statusCode(204);

        poller.deliverDue();

        assertThat(receiver.received()).isEmpty();
    }

    private static JsonPath create(TestWorkspace workspace, String url, String events) {
        String body = events == null ? "{\"url\": \"" + url + "\"}" : "{\"url\": \"" + url + "\", \"events\": " + events + "}";
        return workspace.given().contentType(ContentType.JSON).body(body).post("/api/v1/webhooks")
                .then().statusCode(201).extract().jsonPath();
    }

    /** Verifies as a receiver would, without Attest's code: HMAC-SHA256 keyed with the secret's UTF-8 bytes. */
    private static String hmac(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
