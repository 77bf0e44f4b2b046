package dev.attest.notification.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One delivery of an event to a webhook, and how it went. */
@Schema(name = "WebhookDelivery")
public record DeliveryView(
        @Schema(description = "Sent as X-Attest-Delivery", examples = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d") String id,
        @Schema(description = "The id in the payload, shared by the deliveries of one event to several webhooks",
                examples = "0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b") String eventId,
        @Schema(examples = "webhook.test") String event,
        @Schema(enumeration = { "pending", "delivered", "failed" }) String status,
        @Schema(description = "Attempts made so far") int attempts,
        @Schema(description = "The receiver's last HTTP status; absent when it did not answer") Integer lastStatusCode,
        @Schema(description = "Why the last attempt failed, briefly; the receiver's answer is never kept", examples = "HTTP 500") String lastError,
        Instant createdAt,
        @Schema(description = "When the next attempt is due, while pending") Instant nextAttemptAt,
        Instant deliveredAt) {
}
