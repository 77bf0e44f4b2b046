package dev.attest.web.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.assessment.service.AssessmentService;
import dev.attest.draft.Draft;
import dev.attest.evaluation.mapping.ResultRenderer;
import dev.attest.evaluation.rest.EvaluationView;
import dev.attest.evaluation.rest.EvaluationView.AnswerView;
import dev.attest.evaluation.rest.EvaluationView.FindingView;
import dev.attest.platform.i18n.Language;
import dev.attest.web.Messages;

/** A submitted draft's assessment, rendered for the results page. */
@ApplicationScoped
public class ResultsService {

    @Inject
    AssessmentService assessments;

    @Inject
    ResultRenderer renderer;

    public Optional<ResultsView> results(Draft draft, Language language) {
        if (draft.submittedAssessmentId == null) {
            return Optional.empty();
        }
        return assessments.find(draft.submittedAssessmentId)
                .map(stored -> view(renderer.render(stored.result(), language), StepService.messages(language)));
    }

    private static ResultsView view(EvaluationView result, Messages msg) {
        List<ResultsView.Bar> bars = new ArrayList<>();
        for (EvaluationView.ApplicabilityView framework : result.applicability()) {
            EvaluationView.FrameworkScoreView score = result.scores().frameworks().stream()
                    .filter(s -> s.framework().equals(framework.framework())).findFirst().orElse(null);
            bars.add(new ResultsView.Bar(framework.name(), framework.applies(), score == null ? null : score.score(),
                    score == null || score.band() == null ? "not-assessed" : score.band(),
                    framework.reasons().stream().map(EvaluationView.ReasonView::text).toList()));
        }
        List<ResultsView.Group> groups = new ArrayList<>();
        addGroup(groups, msg.fixFirst(), result, msg, List.of("critical", "high"));
        addGroup(groups, msg.severityMedium(), result, msg, List.of("medium"));
        addGroup(groups, msg.severityLow(), result, msg, List.of("low"));
        return new ResultsView(result.scores().overall(), result.scores().band(), bars, groups);
    }

    private static void addGroup(List<ResultsView.Group> groups, String title, EvaluationView result, Messages msg,
            List<String> severities) {
        List<ResultsView.Item> items = result.findings().stream()
                .filter(f -> severities.contains(f.severity()))
                .map(f -> item(f, msg)).toList();
        if (!items.isEmpty()) {
            groups.add(new ResultsView.Group(title, items));
        }
    }

    private static ResultsView.Item item(FindingView finding, Messages msg) {
        List<String> triggers = finding.triggeredBy().stream().map(answer -> answer(answer, msg)).toList();
        return new ResultsView.Item(finding.ruleId(), finding.severity(), finding.title(), finding.explanation(),
                finding.citation(), triggers, finding.remediation());
    }

    private static String answer(AnswerView answer, Messages msg) {
        Object value = answer.answer();
        String shown = value == null ? msg.notAnswered()
                : value instanceof Boolean yes ? (yes ? msg.yes() : msg.no())
                : "dont_know".equals(value) ? msg.dontKnow() : String.valueOf(value);
        return (answer.label() != null ? answer.label() : answer.question()) + ": " + shown;
    }
}
