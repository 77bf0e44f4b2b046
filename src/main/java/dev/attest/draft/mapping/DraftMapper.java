package dev.attest.draft.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.draft.Draft;
import dev.attest.draft.rest.DraftView;
import dev.attest.draft.service.DraftService;

/** From the draft entity to its view: answers read from their JSON text, and what is missing worked out. */
@ApplicationScoped
public class DraftMapper {

    @Inject
    DraftService drafts;

    public DraftView view(Draft draft) {
        return new DraftView(draft.id, draft.organisationId, draft.questionnaireId, draft.language, drafts.answers(draft),
                draft.submitted() ? DraftView.SUBMITTED : DraftView.OPEN, draft.submittedAssessmentId,
                drafts.missing(draft), draft.createdAt, draft.updatedAt);
    }
}
