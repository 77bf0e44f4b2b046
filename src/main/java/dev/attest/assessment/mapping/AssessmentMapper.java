package dev.attest.assessment.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.assessment.StoredAssessment;
import dev.attest.assessment.rest.AssessmentView;
import dev.attest.evaluation.mapping.ResultRenderer;
import dev.attest.platform.i18n.Language;

/** A stored assessment as the API shows it, its result rendered in one language. */
@ApplicationScoped
public class AssessmentMapper {

    @Inject
    ResultRenderer renderer;

    public AssessmentView view(StoredAssessment stored, Language language) {
        return new AssessmentView(stored.id(), stored.organisationId(), stored.previousAssessmentId(), stored.createdAt(), stored.updatedAt(),
                stored.answers(), renderer.render(stored.result(), language));
    }
}
