package dev.attest.assessment.rest;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.attest.evaluation.rest.EvaluationView;

/** A stored assessment with its result rendered in one language. */
@Schema(name = "Assessment")
public record AssessmentView(
        @Schema(description = "Unguessable id", examples = "5b0e6a4c-2f0e-4a55-9d7e-1f3c2a9b8e71") String id,
        @Schema(description = "The organisation assessed; absent for assessments stored without one") String organisationId,
        @Schema(description = "For a re-assessment: the assessment whose answers it re-ran") String previousAssessmentId,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The answers as submitted") JsonNode answers,
        EvaluationView result) {
}
