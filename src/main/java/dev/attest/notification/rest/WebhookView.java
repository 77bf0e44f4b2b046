package dev.attest.notification.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook as listings and reads show it: never its secret. */
@Schema(name = "Webhook")
public record WebhookView(
        @Schema(examples = "5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f") String id,
        @Schema(examples = "https://hooks.example.com/attest") String url,
        List<String> events,
        boolean active,
        Instant createdAt) {
}
