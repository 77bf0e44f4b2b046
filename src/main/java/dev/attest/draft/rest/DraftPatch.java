package dev.attest.draft.rest;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes to a draft, read as an RFC 7386 JSON Merge Patch of it; only these two fields can change. */
@Schema(name = "DraftPatch", description = "A JSON Merge Patch (RFC 7386) of the draft: answers given replace the saved "
        + "ones, an answer set to null is removed, answers left out are kept. Other fields of the draft cannot be changed and are ignored.")
public record DraftPatch(
        @Schema(description = "New language: en or ru. Left out or null: unchanged.", examples = "ru") String language,
        @Schema(description = "Answers to change, keyed by question id; null removes an answer.",
                examples = "{\"eu_establishment\": true, \"org_role\": null}") JsonNode answers) {
}
