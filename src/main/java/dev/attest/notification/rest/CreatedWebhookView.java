package dev.attest.notification.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook just created, with its signing secret: the only time it is shown. */
@Schema(name = "CreatedWebhook", description = "A new webhook. `secret` is shown only in this answer: keep it to verify "
        + "X-Attest-Signature, it cannot be read again")
public record CreatedWebhookView(
        @Schema(examples = "5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f") String id,
        @Schema(examples = "https://hooks.example.com/attest") String url,
        List<String> events,
        boolean active,
        Instant createdAt,
        @Schema(description = "The HMAC-SHA256 key, used as these exact characters (UTF-8)",
                examples = "whsec_Jq3v0yXw3mB1nK7pR2sT5uV9zA4cD6eF8gH0iJ2kL1M") String secret) {
}
