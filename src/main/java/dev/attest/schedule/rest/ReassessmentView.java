package dev.attest.schedule.rest;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.attest.schedule.Drift;

/** A re-assessment made by the schedule or on request, with what drifted since the assessment before it. */
@Schema(name = "ScheduledReassessment")
public record ReassessmentView(String id, String organisationId,
        @Schema(description = "The due date this re-assessment answers; each is re-assessed once") LocalDate dueOn,
        @Schema(enumeration = {"schedule", "request"}) String trigger,
        String previousAssessmentId, String assessmentId,
        @Schema(description = "Answers to questions that changed or were removed were set aside: review them") boolean needsReview,
        Drift drift, Instant createdAt) {
}
