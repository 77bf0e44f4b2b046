package dev.attest.assessment;

import java.time.LocalDate;

/**
 * Fired, inside the storing transaction, each time an assessment is stored, so that what depends on "the latest
 * assessment" (an organisation's next due date) follows without the assessment capability knowing about it.
 *
 * @param organisationId null for an assessment of no organisation (the web form's)
 */
public record AssessmentStored(String assessmentId, String workspaceId, String organisationId, LocalDate evaluationDate) {
}
