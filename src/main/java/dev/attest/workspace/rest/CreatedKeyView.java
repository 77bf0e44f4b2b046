package dev.attest.workspace.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key just created, with the key itself: the only time it is shown. */
@Schema(name = "CreatedApiKey", description = "A new key. `key` is shown only in this answer: keep it, it cannot be read again")
public record CreatedKeyView(
        @Schema(examples = "0b6d1c9e-2f4a-4e8b-a1d3-5c7e9f0a2b4d") String id,
        @Schema(examples = "CI pipeline") String name,
        @Schema(examples = "atk_3f9a1c0d7e2b4a68") String prefix,
        Instant createdAt,
        Instant expiresAt,
        @Schema(description = "Send as Authorization: Bearer <key>",
                examples = "atk_3f9a1c0d7e2b4a68_q8Jv0yXw3mB1nK7pR2sT5uV9zA4cD6eF8gH0iJ2kL1M") String key) {
}
