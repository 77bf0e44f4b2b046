package dev.attest.questionnaire.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the questionnaire list. */
@Schema(name = "QuestionnaireSummary")
public record QuestionnaireSummary(
        @Schema(examples = "core") String id,
        @Schema(examples = "sha256:9f2c…") String version,
        String title,
        @Schema(description = "Top-level questions, repeated groups counted once", examples = "40") int questions) {
}
