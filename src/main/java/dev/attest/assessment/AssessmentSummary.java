package dev.attest.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One stored assessment in a listing: enough to pick it, without the answers or findings. */
@Schema(name = "AssessmentSummary")
public record AssessmentSummary(
        String id,
        @Schema(description = "The organisation assessed; absent for assessments stored without one") String organisationId,
        LocalDate evaluationDate,
        @Schema(description = "Overall score 0-100; absent when nothing was scored") Integer overallScore,
        @Schema(examples = "amber") String band,
        @Schema(description = "The frameworks that apply, sorted") List<String> frameworks,
        String rulebaseVersion,
        boolean needsReview,
        Instant createdAt) {

    public static AssessmentSummary of(Assessment assessment) {
        return new AssessmentSummary(assessment.id, assessment.organisationId, assessment.evaluationDate,
                assessment.overallScore, assessment.band, assessment.frameworks.stream().sorted().toList(),
                assessment.rulebaseVersion, assessment.needsReview, assessment.createdAt);
    }
}
