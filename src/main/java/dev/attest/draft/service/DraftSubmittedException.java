package dev.attest.draft.service;

/** A submitted draft was to be changed or submitted again. Becomes a 409 problem. */
public class DraftSubmittedException extends RuntimeException {

    private final String draftId;
    private final String assessmentId;

    public DraftSubmittedException(String draftId, String assessmentId) {
        super("Draft '" + draftId + "' was submitted as assessment '" + assessmentId
                + "' and can no longer be changed or submitted; start a new draft to assess again.");
        this.draftId = draftId;
        this.assessmentId = assessmentId;
    }

    public String draftId() {
        return draftId;
    }

    public String assessmentId() {
        return assessmentId;
    }
}
