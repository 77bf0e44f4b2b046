package dev.attest.questionnaire.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A questionnaire with its texts in one language. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Questionnaire")
public record QuestionnaireView(
        @Schema(examples = "core") String id,
        @Schema(description = "SHA-256 of the questionnaire file", examples = "sha256:9f2c…") String version,
        String title,
        @Schema(examples = "en") String language,
        @Schema(description = "The reserved answer for \"don't know\", accepted where dontKnow is true", examples = "dont_know")
        String dontKnowValue,
        List<SectionView> sections) {

    public record SectionView(String id, String title, List<QuestionView> questions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionView(
            @Schema(examples = "org_role") String id,
            @Schema(enumeration = {"yesno", "single", "multi", "number", "date", "text", "group"}) String type,
            boolean required,
            @Schema(description = "Accepts \"dont_know\"") boolean dontKnow,
            String label,
            String help,
            List<OptionView> options,
            Double min,
            Double max,
            Integer minItems,
            Integer maxItems,
            @Schema(description = "Condition on other answers, as in the questionnaire file", examples = "{\"question\": \"uses_consent\", \"equals\": true}")
            Object showIf,
            @Schema(description = "Fields of each entry of a repeated group") List<QuestionView> fields) {
    }

    public record OptionView(String value, String label) {
    }
}
