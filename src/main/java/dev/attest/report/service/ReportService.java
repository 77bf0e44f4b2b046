package dev.attest.report.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.actionplan.service.ActionPlanService;
import dev.attest.assessment.mapping.AssessmentMapper;
import dev.attest.assessment.rest.AssessmentView;
import dev.attest.assessment.service.AssessmentService;
import dev.attest.platform.i18n.Language;

/**
 * Downloads of a stored assessment: the PDF report, the action plan and the JSON result, in one language. The
 * PDF and the action plan show which steps the owner has ticked off; the JSON is the stored result as it was.
 */
@ApplicationScoped
public class ReportService {

    @Inject
    AssessmentService assessments;

    @Inject
    AssessmentMapper mapper;

    @Inject
    ActionPlanService actionPlans;

    @Inject
    PdfReportWriter pdf;

    @Inject
    ActionPlanWriter actionPlan;

    /** The stored assessment as {@code GET /api/v1/assessments/{id}} returns it. */
    public Optional<AssessmentView> assessment(String id, Language language) {
        return assessments.find(id).map(stored -> mapper.view(stored, language));
    }

    public Optional<byte[]> pdf(String id, Language language) {
        return assessment(id, language).map(view -> pdf.write(view, actionPlans.ticks(id), language));
    }

    public Optional<byte[]> actionPlan(String id, Language language) {
        return assessment(id, language).map(view -> actionPlan.write(view.result(), actionPlans.ticks(id)));
    }
}
