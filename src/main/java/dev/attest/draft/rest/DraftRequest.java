package dev.attest.draft.rest;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new draft of an organisation's assessment; every field may be left out. */
@Schema(name = "DraftRequest", description = "A new draft: which questionnaire, in which language, and any answers known already.")
public record DraftRequest(
        @Schema(description = "Questionnaire id (GET /api/v1/questionnaires lists them). Default: core.", examples = "core") String questionnaireId,
        @Schema(description = "Language of the draft: en or ru. Default: en.", examples = "en") String language,
        @Schema(description = "Answers known so far, keyed by question id, as in an evaluation request; each is checked, none is required yet.",
                examples = "{\"org_role\": \"controller\"}") JsonNode answers) {
}
