package dev.attest.draft.rest;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A consultant's draft as the API shows it, with what is still missing before it can be submitted. */
@Schema(name = "Draft")
public record DraftView(
        String id,
        String organisationId,
        @Schema(examples = "core") String questionnaireId,
        @Schema(enumeration = { "en", "ru" }) String language,
        @Schema(type = SchemaType.OBJECT, description = "The answers saved so far, keyed by question id") JsonNode answers,
        @Schema(enumeration = { "open", "submitted" }) String status,
        @Schema(description = "The assessment the draft was submitted as; null while open") String submittedAssessmentId,
        @Schema(description = "JSON Pointers (into answers) of the required questions, shown by the answers so far, still unanswered; submitting needs none left")
        List<String> missing,
        Instant createdAt,
        Instant updatedAt) {

    public static final String OPEN = "open";
    public static final String SUBMITTED = "submitted";
}
