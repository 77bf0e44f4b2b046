package dev.attest.assessment;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.evaluation.EvaluationResult;

/**
 * A stored assessment read back: the answers as submitted and the result as evaluated then;
 * {@code organisationId} names the client assessed (null for none), {@code previousAssessmentId} the assessment a
 * re-assessment re-ran.
 */
public record StoredAssessment(String id, String organisationId, String previousAssessmentId, Instant createdAt,
        Instant updatedAt, JsonNode answers, EvaluationResult result) {
}
