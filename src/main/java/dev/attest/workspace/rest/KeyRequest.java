package dev.attest.workspace.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new key: a name to tell it apart and, optionally, when it stops working. */
@Schema(name = "KeyRequest")
public record KeyRequest(
        @Schema(required = true, maxLength = 100, examples = "CI pipeline") String name,
        @Schema(description = "When the key stops working (ISO 8601); none means it works until revoked",
                examples = "2027-12-31T23:59:59Z") Instant expiresAt) {
}
