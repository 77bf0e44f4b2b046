package dev.attest.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.attest.notification.Webhook;
import dev.attest.notification.WebhookReceiver;
import dev.attest.support.PublicReceiversProfile;
import dev.attest.support.TestWorkspace;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A webhook cannot be pointed at what only the service's own network reaches (the cloud metadata endpoint, localhost,
 * private networks): such an address is refused when the webhook is registered, and a delivery whose host leads to one
 * is not sent. As in production: private addresses are not allowed in this test's profile.
 */
@QuarkusTest
@TestProfile(PublicReceiversProfile.class)
class WebhookReceiverAddressTest {

    private static final String NOT_PUBLIC = "the receiver's address is not public (loopback, private, link-local or reserved)";

    private final TestWorkspace workspace = TestWorkspace.named("Webhook addresses");

    @Inject
    WebhookPoller poller;

    @Test
    void shouldRefuseToRegisterAWebhookWrittenWithAnAddressThatIsNotPublic() {
        for (String url : List.of("https://169.254.169.254/latest/meta-data/", "https://localhost:8443/hook",
                "https://LOCALHOST/hook", "https://[::1]/hook", "https://[::ffff:10.0.0.5]/hook", "https://10.0.0.5/hook",
                "https://192.168.1.20/hook", "https://0.0.0.0/hook", "https://2130706433/hook", "http://127.0.0.1:8080/hook")) {
            register(url).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].pointer", equalTo("/url"), "errors[0].reason", equalTo(NOT_PUBLIC));
        }
        // 127.1 is no host name a URL may carry: refused as no URL at all.
        register("https://127.1/hook").then().statusCode(400).body("errors[0].pointer", equalTo("/url"),
                "errors[0].reason", startsWith("an absolute https:// URL"));
        workspace.given().contentType(ContentType.JSON).queryParam("lang", "ru")
                .body("{\"url\": \"https://169.254.169.254/\"}").post("/api/v1/webhooks")
                .then().statusCode(400).body("errors[0].reason", equalTo(
                        "адрес получателя не публичный (loopback, частная сеть, link-local или зарезервированный)"));
        workspace.given().get("/api/v1/webhooks").then().statusCode(200).body("size()", equalTo(0));
    }

    private Response register(String url) {
        return workspace.given().contentType(ContentType.JSON).body("{\"url\": \"" + url + "\"}").post("/api/v1/webhooks");
    }

    @Test
    void shouldNotSendADeliveryWhoseReceiverIsNotPublic() {
        // A receiver that would answer, on localhost: what a host name pointed at a private address reaches.
        try (WebhookReceiver receiver = WebhookReceiver.answering()) {
            String id = workspace.given().contentType(ContentType.JSON)
                    .body("{\"url\": \"https://hooks.example.com/attest\"}").post("/api/v1/webhooks")
                    .then().statusCode(201).extract().path("id");
            // A name is judged at each delivery by what it resolves to then. Here the stored URL itself now leads to the
            // local receiver, as a name whose DNS answer changed to a private address would.
            QuarkusTransaction.requiringNew().run(() -> Webhook.update("url = ?1 where id = ?2", receiver.url(), id));
            workspace.given().post("/api/v1/webhooks/" + id + "/test").then().statusCode(202);

            poller.deliverDue();

            assertThat(receiver.received()).isEmpty();
            workspace.given().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                    .body("items[0].status", equalTo("pending"))
                    .body("items[0].attempts", equalTo(1))
                    .body("items[0].lastStatusCode", nullValue())
                    .body("items[0].lastError", equalTo("not sent: " + NOT_PUBLIC));
        }
    }
}
