package dev.attest.transfer.rest;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** That something was erased, and how many rows of each kind went; never what they held. */
@Schema(name = "Erasure")
public record ErasureView(
        String id,
        @Schema(examples = "organisation") String subjectType,
        @Schema(description = "The erased subject's former id") String subjectId,
        Instant erasedAt,
        @Schema(description = "Public prefix of the key that erased it", examples = "atk_0123456789abcdef") String erasedByKeyPrefix,
        @Schema(description = "Rows deleted, by table") Map<String, Integer> deletedRows) {
}
