package dev.attest.web.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.actionplan.StepKey;
import dev.attest.actionplan.Ticks;
import dev.attest.actionplan.service.ActionPlanService;
import dev.attest.assessment.StoredAssessment;
import dev.attest.assessment.service.AssessmentService;
import dev.attest.draft.Draft;
import dev.attest.evaluation.mapping.ResultRenderer;
import dev.attest.evaluation.rest.EvaluationView;
import dev.attest.evaluation.rest.EvaluationView.AnswerView;
import dev.attest.evaluation.rest.EvaluationView.FindingView;
import dev.attest.platform.i18n.Language;
import dev.attest.web.Messages;

/** A submitted draft's assessment, rendered for the results page, and the ticks its action plan form saves. */
@ApplicationScoped
public class ResultsService {

    @Inject
    AssessmentService assessments;

    @Inject
    ActionPlanService actionPlans;

    @Inject
    ResultRenderer renderer;

    /** The assessment the draft became; empty until it is submitted. */
    public Optional<StoredAssessment> submitted(Draft draft) {
        return draft.submittedAssessmentId == null ? Optional.empty() : assessments.find(draft.submittedAssessmentId);
    }

    public Optional<ResultsView> results(Draft draft, Language language) {
        return submitted(draft).map(stored -> view(renderer.render(stored.result(), language),
                actionPlans.ticks(stored.id()), StepService.messages(language)));
    }

    /**
     * Saves the ticks of one action-plan form: {@code shown} lists the steps the form showed, {@code done} those
     * ticked. Empty until the draft is submitted.
     */
    public Optional<PlanSaved> savePlan(Draft draft, List<String> shown, List<String> done, Language language) {
        if (draft.submittedAssessmentId == null) {
            return Optional.empty();
        }
        Messages msg = StepService.messages(language);
        return actionPlans.save(draft.submittedAssessmentId, shown, done, language)
                .map(plan -> new PlanSaved(msg.planSaved(), msg.planProgress(plan.done(), plan.total()),
                        plan.findings().stream().map(finding -> new PlanSaved.FindingProgress(finding.checkId(),
                                msg.planProgress(finding.done(), finding.total()))).toList()));
    }

    private static ResultsView view(EvaluationView result, Ticks ticks, Messages msg) {
        List<ResultsView.Bar> bars = new ArrayList<>();
        for (EvaluationView.ApplicabilityView framework : result.applicability()) {
            EvaluationView.FrameworkScoreView score = result.scores().frameworks().stream()
                    .filter(s -> s.framework().equals(framework.framework())).findFirst().orElse(null);
            bars.add(new ResultsView.Bar(framework.name(), framework.applies(), score == null ? null : score.score(),
                    score == null || score.band() == null ? "not-assessed" : score.band(),
                    framework.reasons().stream().map(EvaluationView.ReasonView::text).toList()));
        }
        List<ResultsView.Group> groups = new ArrayList<>();
        addGroup(groups, msg.fixFirst(), result, ticks, msg, List.of("critical", "high"));
        addGroup(groups, msg.severityMedium(), result, ticks, msg, List.of("medium"));
        addGroup(groups, msg.severityLow(), result, ticks, msg, List.of("low"));
        List<ResultsView.Item> items = groups.stream().flatMap(group -> group.findings().stream()).toList();
        // Frameworks that apply first: they carry the score; the others only say why not.
        bars.sort(java.util.Comparator.comparing(bar -> !bar.applies()));
        return new ResultsView(result.scores().overall(), result.scores().band(), bars, groups,
                items.stream().mapToInt(ResultsView.Item::done).sum(), items.stream().mapToInt(ResultsView.Item::total).sum());
    }

    private static void addGroup(List<ResultsView.Group> groups, String title, EvaluationView result, Ticks ticks,
            Messages msg, List<String> severities) {
        List<ResultsView.Item> items = result.findings().stream()
                .filter(f -> severities.contains(f.severity()))
                .map(f -> item(f, ticks, msg)).toList();
        if (!items.isEmpty()) {
            groups.add(new ResultsView.Group(title, items));
        }
    }

    private static ResultsView.Item item(FindingView finding, Ticks ticks, Messages msg) {
        List<String> triggers = finding.triggeredBy().stream().map(answer -> answer(answer, msg)).toList();
        List<ResultsView.Step> steps = new ArrayList<>();
        for (int number = 1; number <= finding.remediation().size(); number++) {
            steps.add(new ResultsView.Step(number, finding.remediation().get(number - 1),
                    ticks.isDone(finding.ruleId(), number), new StepKey(finding.ruleId(), number).toString()));
        }
        int done = (int) steps.stream().filter(ResultsView.Step::done).count();
        return new ResultsView.Item(finding.ruleId(), finding.severity(), finding.title(), finding.explanation(),
                finding.citation(), triggers, List.copyOf(steps), done, steps.size());
    }

    private static String answer(AnswerView answer, Messages msg) {
        String shown = answer.text() == null ? msg.notAnswered() : answer.text();
        return (answer.label() != null ? answer.label() : answer.question()) + ": " + shown;
    }
}
