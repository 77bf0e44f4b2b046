package dev.attest.notification.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.notification.ReceiverAddresses;
import dev.attest.notification.config.WebhookConfig;

/**
 * POSTs one attempt with the JDK client: JSON body, event, delivery id, timestamp and signature headers. Redirects are
 * not followed (a receiver's redirect is a failure, not a new address to send signed data to); the receiver's answer
 * is read and thrown away, never stored or logged. The receiver's host is resolved first and the attempt is not sent
 * when an address it resolves to is not public ({@link ReceiverAddresses}), unless private addresses are allowed.
 */
@ApplicationScoped
public class WebhookSender {

    @Inject
    WebhookConfig config;

    @Inject
    Clock clock;

    private HttpClient client;

    @PostConstruct
    void start() {
        client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Sends {@code attempt} and says what the receiver did; never throws for a receiver's fault. */
    public AttemptOutcome send(Attempt attempt) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        try {
            URI receiver = URI.create(attempt.url());
            if (!config.allowPrivateAddresses() && receiver.getHost() != null
                    && !ReceiverAddresses.reachesOnlyPublic(receiver.getHost())) {
                return new AttemptOutcome(null, "not sent: " + ReceiverAddresses.NOT_PUBLIC);
            }
            HttpRequest request = HttpRequest.newBuilder(receiver)
                    .timeout(config.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Attest-Webhooks/1")
                    .header("X-Attest-Event", attempt.eventType())
                    .header("X-Attest-Delivery", attempt.deliveryId())
                    .header("X-Attest-Timestamp", timestamp)
                    .header("X-Attest-Signature", WebhookSignature.sign(attempt.secret(), timestamp, attempt.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(attempt.payload()))
                    .build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new AttemptOutcome(status, status >= 200 && status < 300 ? null : "HTTP " + status);
        } catch (HttpTimeoutException e) {
            return new AttemptOutcome(null, "timed out");
        } catch (IOException e) {
            // The class says what went wrong (refused, reset, TLS) without quoting anything the receiver sent.
            return new AttemptOutcome(null, "not sent: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new AttemptOutcome(null, "interrupted");
        } catch (IllegalArgumentException e) {
            return new AttemptOutcome(null, "not sent: invalid URL");
        }
    }
}
