package dev.attest.workspace.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key as listed: never the key itself, only the prefix that also appears in logs. */
@Schema(name = "ApiKey", description = "An API key of the workspace; the key itself is shown only when it is created")
public record KeyView(
        @Schema(description = "Id to revoke the key with", examples = "0b6d1c9e-2f4a-4e8b-a1d3-5c7e9f0a2b4d") String id,
        @Schema(examples = "CI pipeline") String name,
        @Schema(description = "The start of the key, shown in logs", examples = "atk_3f9a1c0d7e2b4a68") String prefix,
        @Schema(enumeration = {"active", "revoked", "expired"}) String status,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        @Schema(description = "Last request made with it, to the minute") Instant lastUsedAt) {
}
