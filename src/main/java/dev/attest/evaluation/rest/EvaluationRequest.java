package dev.attest.evaluation.rest;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answers to evaluate against a questionnaire. */
@Schema(name = "EvaluationRequest", description = "Answers to a questionnaire, evaluated on a date.")
public record EvaluationRequest(
        @Schema(description = "Questionnaire id", examples = "core", required = true) String questionnaire,
        @Schema(description = "Date the assessment is made for (YYYY-MM-DD); decides which thresholds and deadlines are in force. Default: today.",
                examples = "2026-11-28") String evaluationDate,
        @Schema(description = "Answers keyed by question id; \"dont_know\" where a question allows it. Repeated groups are arrays of objects.",
                required = true, examples = "{\"org_role\": \"controller\", \"eu_establishment\": true}") JsonNode answers) {
}
