package dev.attest.draft.service;

import java.util.List;

import dev.attest.assessment.StoredAssessment;
import dev.attest.questionnaire.AnswerError;

/** A draft's submission: the assessment created, or the answers that stop it. */
public record SubmitOutcome(StoredAssessment assessment, List<AnswerError> errors) {

    public SubmitOutcome {
        errors = List.copyOf(errors);
    }

    public boolean submitted() {
        return assessment != null;
    }

    public String assessmentId() {
        return assessment == null ? null : assessment.id();
    }
}
