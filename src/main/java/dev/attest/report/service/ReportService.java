package dev.attest.report.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.assessment.StoredAssessment;
import dev.attest.assessment.rest.AssessmentView;
import dev.attest.assessment.service.AssessmentService;
import dev.attest.evaluation.mapping.ResultRenderer;
import dev.attest.platform.i18n.Language;

/** Downloads of a stored assessment: the PDF report, the action plan and the JSON result, in one language. */
@ApplicationScoped
public class ReportService {

    @Inject
    AssessmentService assessments;

    @Inject
    ResultRenderer renderer;

    @Inject
    PdfReportWriter pdf;

    @Inject
    ActionPlanWriter actionPlan;

    /** The stored assessment as {@code GET /api/v1/assessments/{id}} returns it. */
    public Optional<AssessmentView> assessment(String id, Language language) {
        return assessments.find(id).map(stored -> view(stored, language));
    }

    public Optional<byte[]> pdf(String id, Language language) {
        return assessment(id, language).map(view -> pdf.write(view, language));
    }

    public Optional<byte[]> actionPlan(String id, Language language) {
        return assessment(id, language).map(view -> actionPlan.write(view.result()));
    }

    private AssessmentView view(StoredAssessment stored, Language language) {
        return new AssessmentView(stored.id(), stored.previousAssessmentId(), stored.createdAt(), stored.updatedAt(),
                stored.answers(), renderer.render(stored.result(), language));
    }
}
